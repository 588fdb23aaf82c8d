// pdfjs-dist ships no types for its worker module; only its one export is used (registered, not called).
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs' {
  export const WorkerMessageHandler: unknown;
}
