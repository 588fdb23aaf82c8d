// The first page of every document of the package against committed reference images, so a broken
// layout or broken shaping fails the build. UPDATE_SCREENSHOTS=1 rewrites the references.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createChromiumPrinter } from '../../../electron/backend/documents/pdf/chromium-printer.js';
import type { PdfPrinter } from '../../../electron/backend/documents/pdf/printer.js';
import { renderDocumentHtml } from '../../../electron/backend/documents/render-html.js';
import { sampleDocuments } from '../../support/sample-documents/sample-documents.js';
import { compareScreenshot, referenceDifference, renderPage } from './pdf-tools.js';

/** At most this share of the pixels may differ (anti-aliasing, not layout). */
const TOLERANCE = 0.005;

let printer: PdfPrinter;
const samples = sampleDocuments();

beforeAll(async () => {
  printer = await createChromiumPrinter();
}, 120_000);

afterAll(async () => {
  await printer?.close();
});

describe('document screenshots', () => {
  it('memo, first page', async () => {
    const pdf = await printer.print(renderDocumentHtml({ kind: 'memo', model: samples.memo }), { landscape: false });
    const result = compareScreenshot('memo-page1', renderPage(pdf, 1, 60));
    expect(result.ratio).toBeLessThanOrEqual(TOLERANCE);
  });

  it('self-assessment annex, first page', async () => {
    const pdf = await printer.print(renderDocumentHtml({ kind: 'self-assessment', model: samples.selfAssessment }), { landscape: true });
    const result = compareScreenshot('annex-page1', renderPage(pdf, 1, 60));
    expect(result.ratio).toBeLessThanOrEqual(TOLERANCE);
  });

  it('review report, first page', async () => {
    const pdf = await printer.print(renderDocumentHtml({ kind: 'review-report', model: samples.reviewReport }), { landscape: true });
    expect(compareScreenshot('review-page1', renderPage(pdf, 1, 60)).ratio).toBeLessThanOrEqual(TOLERANCE);
  });

  it('evidence index, first page', async () => {
    const pdf = await printer.print(renderDocumentHtml({ kind: 'evidence-index', model: samples.evidenceIndex }), { landscape: true });
    expect(compareScreenshot('evidence-page1', renderPage(pdf, 1, 60)).ratio).toBeLessThanOrEqual(TOLERANCE);
  });

  it('feedback letter, first page', async () => {
    const pdf = await printer.print(renderDocumentHtml({ kind: 'feedback-letter', model: samples.feedbackLetter }), { landscape: false });
    expect(compareScreenshot('feedback-page1', renderPage(pdf, 1, 60)).ratio).toBeLessThanOrEqual(TOLERANCE);
  });

  it('tells a different layout apart', async () => {
    // the same memo with the addressee before the subject must not pass for the reference
    const other = { ...samples.memo, recipientPosition: 'before-subject' as const };
    const pdf = await printer.print(renderDocumentHtml({ kind: 'memo', model: other }), { landscape: false });
    const ratio = referenceDifference('memo-page1', renderPage(pdf, 1, 60));
    expect(ratio).not.toBeNull();
    expect(ratio!).toBeGreaterThan(TOLERANCE);
  });
});
