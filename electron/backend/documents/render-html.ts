// One document (or several, one after another) as a complete, self-contained HTML page: the CSS, the
// fonts as data: URLs and the components rendered to static markup. Chromium prints it to PDF.
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { DocumentView } from '../../../common/documents/components/DocumentView.js';
import { bundledFontFaceCss, USER_FONT_FAMILY, userFontFaceCss } from './fonts.js';
import { periodName } from '../../../common/documents/format.js';
import type { DocumentModel } from '../../../common/documents/model.js';
import { BUNDLED_FONT_FAMILY, documentCss } from '../../../common/documents/styles.js';

export interface RenderHtmlOptions {
  /** A Bengali font file (e.g. Nikosh.ttf) to print with; the bundled Noto Sans Bengali stays the fallback. */
  fontFile?: string | null;
}

/** The document's title, which Chromium writes into the PDF's metadata. */
export function documentTitle(doc: DocumentModel): string {
  switch (doc.kind) {
    case 'memo':
      return doc.model.subject;
    case 'feedback-letter':
      return `ফলাবর্তক: ${doc.model.officeName}`;
    case 'self-assessment':
      return `${doc.model.officeName}: ${periodName(doc.model.period)} স্ব-মূল্যায়ন প্রতিবেদন`;
    case 'review-report':
      return doc.model.title.join(' ');
    case 'evidence-index':
      return (doc.model.title ?? ['প্রমাণকের তালিকা']).join(' ');
  }
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
}

export function renderDocumentHtml(doc: DocumentModel | readonly DocumentModel[], opts: RenderHtmlOptions = {}): string {
  const docs: readonly DocumentModel[] = Array.isArray(doc) ? doc : [doc as DocumentModel];
  if (docs.length === 0) throw new Error('renderDocumentHtml: no document');
  const fontFaces = [bundledFontFaceCss()];
  let fontStack = `'${BUNDLED_FONT_FAMILY}', sans-serif`;
  if (opts.fontFile) {
    fontFaces.push(userFontFaceCss(opts.fontFile));
    fontStack = `'${USER_FONT_FAMILY}', ${fontStack}`;
  }
  const body = docs.map((d) => renderToStaticMarkup(createElement(DocumentView, { doc: d }))).join('\n');
  return [
    '<!DOCTYPE html>',
    '<html lang="bn">',
    '<head>',
    '<meta charset="utf-8">',
    `<title>${escapeHtml(documentTitle(docs[0]!))}</title>`,
    `<style>\n${fontFaces.join('\n')}\n${documentCss(fontStack)}\n</style>`,
    '</head>',
    `<body>\n${body}\n</body>`,
    '</html>',
  ].join('\n');
}
