// pdfjs's display layer builds a DOMMatrix when it loads (for canvas rendering, which the reader never
// does) and, in Node, would take one from the native @napi-rs/canvas package: absent from the app's
// bundle, where the import.meta that pdfjs finds it with is empty. The reader needs text and lines
// only, so a bare stand-in is set first, and pdfjs loads the same way in the app, in tests and in dev.
class DOMMatrixStandIn {
  a = 1;
  b = 0;
  c = 0;
  d = 1;
  e = 0;
  f = 0;
}

/** Only ever checked for (pdfjs would otherwise warn that it cannot provide them). */
class ImageDataStandIn {}
class Path2DStandIn {}

const globals = globalThis as { DOMMatrix?: unknown; ImageData?: unknown; Path2D?: unknown };
globals.DOMMatrix ??= DOMMatrixStandIn;
globals.ImageData ??= ImageDataStandIn;
globals.Path2D ??= Path2DStandIn;
