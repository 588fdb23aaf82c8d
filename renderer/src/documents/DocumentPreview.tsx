// The in-app preview of package documents: the very components the PDF is printed from, rendered
// into a shadow root with the documents' own stylesheet (adopted, so the strict CSP allows it and the
// documents' page styles cannot touch the app's).
import { useEffect, useRef } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import type { DocumentModel } from '../../../common/documents/model.js';
import { DocumentView } from '../../../common/documents/components/DocumentView.js';
import { documentCss } from '../../../common/documents/styles.js';

let sheet: CSSStyleSheet | null = null;
function documentSheet(): CSSStyleSheet {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(documentCss());
  }
  return sheet;
}

/** One React root per shadow root: an effect run again on the same element (StrictMode) takes it back. */
const roots = new WeakMap<ShadowRoot, Root>();

export function DocumentPreview({ documents }: { documents: DocumentModel[] }) {
  const host = useRef<HTMLDivElement>(null);
  const root = useRef<Root | null>(null);

  useEffect(() => {
    if (!host.current) return;
    const shadow = host.current.shadowRoot ?? host.current.attachShadow({ mode: 'open' });
    shadow.adoptedStyleSheets = [documentSheet()];
    // One root per shadow root: React's development double mount comes back to the same one.
    let own = roots.get(shadow);
    if (!own) {
      own = createRoot(shadow);
      roots.set(shadow, own);
    }
    root.current = own;
    return () => {
      root.current = null;
      // Unmounted after React's own rendering (never inside it), unless the component came straight back.
      queueMicrotask(() => {
        if (root.current === own) return;
        own.unmount();
        roots.delete(shadow);
      });
    };
  }, []);

  useEffect(() => {
    root.current?.render(
      <div className="preview-desk">
        {documents.map((doc, i) => (
          <DocumentView key={i} doc={doc} />
        ))}
      </div>,
    );
  }, [documents]);

  return <div className="document-preview" ref={host} data-testid="document-preview" />;
}
