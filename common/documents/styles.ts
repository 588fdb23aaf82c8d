// The print CSS of every document. Letters are portrait A4 and annex tables landscape A4, chosen by
// named pages, so one stylesheet serves a letter, an annex, or both in one file. Page numbers are
// printed by Chromium's page margin boxes (Chromium ≥ 131) in Bengali digits.

export const BUNDLED_FONT_FAMILY = 'Noto Sans Bengali';
export const DEFAULT_FONT_STACK = `'${BUNDLED_FONT_FAMILY}', sans-serif`;

const pageNumber = (fontStack: string): string => `
    @bottom-center {
      content: "পৃষ্ঠা " counter(page, bengali) " / " counter(pages, bengali);
      font-family: ${fontStack};
      font-size: 8pt;
      color: #333;
    }`;

/** The document CSS for a font stack (the bundled font by default, a user's Nikosh first when chosen). */
export function documentCss(fontStack: string = DEFAULT_FONT_STACK): string {
  return `
@page letter {
  size: A4 portrait;
  margin: 18mm 18mm 16mm 25mm;${pageNumber(fontStack)}
}
@page annex {
  size: A4 landscape;
  margin: 12mm 10mm 14mm 10mm;${pageNumber(fontStack)}
}
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; font-family: ${fontStack}; color: #000; background: #fff; }
.doc { box-sizing: border-box; }
.doc * { box-sizing: border-box; }
.doc p { margin: 0; }
.doc-letter { page: letter; font-size: 11pt; line-height: 1.55; }
.doc-annex { page: annex; font-size: 7.5pt; line-height: 1.4; }
.doc + .doc { break-before: page; }

/* Screen preview: the paper on a grey desk. */
@media screen {
  body { background: #e5e5e5; }
  .doc { background: #fff; margin: 12px auto; box-shadow: 0 1px 4px rgba(0,0,0,.3); }
  .doc-letter { width: 210mm; min-height: 297mm; padding: 18mm 18mm 16mm 25mm; }
  .doc-annex { width: 297mm; min-height: 210mm; padding: 12mm 10mm 14mm 10mm; }
}

.slogan { text-align: center; font-size: 10pt; margin-bottom: 3mm; }
.letterhead { text-align: center; margin-bottom: 6mm; }
.letterhead .line { font-size: 11.5pt; line-height: 1.45; }
.letterhead .line-0 { font-size: 12pt; }
.letterhead .line-1 { font-weight: 700; font-size: 12.5pt; }
.letterhead .website { font-size: 10pt; text-decoration: underline; }

.memo-line { display: flex; justify-content: space-between; align-items: flex-start; margin: 2mm 0 6mm; }
.memo-number { flex: 1 1 auto; padding-right: 6mm; }
.memo-date { flex: 0 0 auto; display: flex; gap: 1.5mm; align-items: center; }
.memo-date .dates { display: flex; flex-direction: column; }
.memo-date .bengali-date { border-bottom: 0.7pt solid #000; }

.recipient { margin: 0 0 5mm; }
.attention { margin: 1mm 0 5mm; }
/* The label hangs: wrapped lines of the subject start under its text. */
.subject { margin: 0 0 3mm; font-weight: 700; padding-left: 12mm; text-indent: -12mm; }
.reference { margin: 0 0 4mm; padding-left: 10mm; text-indent: -10mm; }
.body p { text-indent: 12mm; text-align: justify; margin-bottom: 3mm; }
.body .list-intro { text-indent: 12mm; margin-bottom: 1.5mm; }
.findings { margin: 0 0 3mm 12mm; padding: 0; list-style: none; }
.findings li { display: flex; gap: 2mm; margin-bottom: 1mm; text-align: justify; }
.findings li .n { flex: 0 0 auto; }
.attachments { margin: 3mm 0 0; }
.attachments .enclosures { margin: 1mm 0 0 12mm; padding: 0; list-style: none; }
.attachments .enclosures li { display: flex; gap: 2mm; }

/* Never a signature alone on a page: it is printed in one unbroken group with the text's last
   paragraph (or the copy list's last entries) above it and the addressee under it. */
p { orphans: 2; widows: 2; }
.closing, .keep-together, .keep-with-next { break-inside: avoid; }
.keep-with-next { break-after: avoid; }
.signature { margin: 4mm 0 6mm 52%; text-align: center; break-inside: avoid; }
.signature .space { height: 14mm; }
.signature .small { font-size: 10pt; }

.copy-list { margin-top: 8mm; }
.copy-list .intro { margin: 0 0 2mm; }
.copy-list ol { margin: 0; padding: 0; list-style: none; }
.copy-list li { display: flex; gap: 2mm; }
.copy-list li .n { flex: 0 0 8mm; }
.copy-list .keep-together { margin-top: 0; }

.enclosure-number { float: right; text-align: right; margin-left: 4mm; }
.enclosure-number .label { font-weight: 700; font-size: 10pt; }
.enclosure-number .of-memo { font-size: 7.5pt; }
.annex-number { text-align: center; font-weight: 700; font-size: 10.5pt; clear: none; }
.annex-title { text-align: center; font-weight: 700; font-size: 11pt; line-height: 1.5; }
.annex-meta { text-align: center; font-size: 9pt; margin: 1mm 0 3mm; clear: both; }
.annex-section { font-weight: 700; font-size: 9.5pt; margin: 4mm 0 1.5mm; break-after: avoid; }
.narrative p { text-align: justify; margin-bottom: 2mm; font-size: 9pt; }
.annex-signature { break-inside: avoid; }
.keep-with-signature { break-inside: avoid; }
.annex-signature .signature { margin: 6mm 0 0 62%; font-size: 9.5pt; }
.annex-signature .signature .space { height: 10mm; }
.annex-signature .signature .small { font-size: 8.5pt; }

table.grid { width: 100%; border-collapse: collapse; table-layout: fixed; margin-bottom: 3mm; }
table.grid thead { display: table-header-group; }
table.grid tfoot { display: table-footer-group; }
/* Rows never split, but for one whose merged text is taller than a quarter page (GridTable). */
table.grid th, table.grid tr:not(.may-split) > td { break-inside: avoid; }
/* Column widths hold every word (column-widths.ts); a word longer than any column could be is the only one broken. */
table.grid th, table.grid td { border: 0.6pt solid #000; padding: 0.8mm 0.8mm; vertical-align: top; overflow-wrap: break-word; }
table.grid th { font-weight: 700; font-size: 7pt; vertical-align: middle; background: #ececec; }
table.grid td.merge-top { border-bottom-style: none; }
table.grid td.merge-mid { border-top-style: none; border-bottom-style: none; }
table.grid td.merge-end { border-top-style: none; }
table.grid tfoot td { padding: 0; height: 0; border: none; border-top: 0.6pt solid #000; }
/* The table's last rows and its caption under it (the signature) on one page. */
table.grid tbody.tail { break-inside: avoid; }
table.grid caption.table-tail { caption-side: bottom; break-before: avoid; break-inside: avoid; text-align: left; }
table.grid .nowrap { white-space: nowrap; }
table.grid td.center, table.grid th.center { text-align: center; }
table.grid td.right { text-align: right; }
table.grid td.small { font-size: 6.5pt; }
table.grid .bold { font-weight: 700; }
table.grid th.muted { font-weight: 400; background: #f7f7f7; font-size: 7pt; }
table.grid .line { display: block; }
`;
}

/** The CSS with the bundled font, for previews that load @fontsource themselves. */
export const documentStyles: string = documentCss();
