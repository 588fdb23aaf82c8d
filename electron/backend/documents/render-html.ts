// One document (or several, one after another) as a complete, self-contained HTML page: the CSS, the
// fonts as data: URLs and the components rendered to static markup. Chromium prints it to PDF.
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { DocumentView } from '../../../common/documents/components/DocumentView.js';
import { bundledFontFaceCss, USER_FONT_FAMILY, userFontFaceCss } from './fonts.js';
import { periodName, toBengaliDigits } from '../../../common/documents/format.js';
import { evidenceTitle } from '../../../common/documents/tables/evidence-table.js';
import type { DocumentModel } from '../../../common/documents/model.js';
import { BUNDLED_FONT_FAMILY, documentCss } from '../../../common/documents/styles.js';

export interface RenderHtmlOptions {
  /** A Bengali font file (e.g. Nikosh.ttf) to print with; the bundled Noto Sans Bengali stays the fallback. */
  fontFile?: string | null;
}

/** The document's title (the HTML's <title>, and the PDF's Title). */
export function documentTitle(doc: DocumentModel): string {
  switch (doc.kind) {
    case 'memo':
      return `স্মারক ${toBengaliDigits(doc.model.memoNumber)}`;
    case 'feedback-letter':
      return `ফলাবর্তক পত্র: ${doc.model.officeName}`;
    case 'self-assessment':
      return `${doc.model.officeName}: ${periodName(doc.model.period)} স্ব-মূল্যায়ন প্রতিবেদন`;
    case 'review-report':
      return doc.model.title.join(' ');
    case 'evidence-index':
      return evidenceTitle(doc.model).join(' ');
  }
}

/** What the document is about (the PDF's Subject): a letter's subject line, an annex's title. */
export function documentSubject(doc: DocumentModel): string {
  switch (doc.kind) {
    case 'memo':
    case 'feedback-letter':
      return doc.model.subject;
    case 'self-assessment':
    case 'review-report':
      return doc.model.title.join(' ');
    case 'evidence-index':
      return evidenceTitle(doc.model).join(' ');
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
