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
    let mine = roots.get(shadow);
    if (!mine) {
      mine = createRoot(shadow);
      roots.set(shadow, mine);
    }
    root.current = mine;
    const r = mine;
    return () => {
      root.current = null;
      // Unmounted after this render (never during it), unless the effect has taken the root back.
      queueMicrotask(() => {
        if (root.current === r) return;
        roots.delete(shadow);
        r.unmount();
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
