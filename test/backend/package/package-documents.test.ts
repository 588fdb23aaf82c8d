// The package's documents built in steps (the generation pauses between chunks of offices while
// Chromium starts) are those built in one go, and of one moment even when a review is saved during a pause.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { listOffices } from '../../../electron/backend/offices/office-service.js';
import { buildPackageDocuments, buildPackageDocumentsInSteps, LETTERS_READ_TOGETHER, type BuildInput } from '../../../electron/backend/package/package-documents.js';
import { backendWithReports } from '../../support/demo-data.js';

let ctx: Awaited<ReturnType<typeof backendWithReports>>;
const FY = { fiscalYear: '2023-24', period: 'H1' } as const;

beforeAll(async () => {
  ctx = await backendWithReports(['প্রাথমিক শিক্ষা অধিদপ্তর', 'উপানুষ্ঠানিক শিক্ষা ব্যুরো']);
});
afterAll(() => ctx.backend.close());

async function buildInput(): Promise<BuildInput> {
  const { db, sqlite } = ctx.backend.database;
  const composition = await ctx.backend.call('package.compose', FY);
  return {
    db,
    sqlite,
    ...FY,
    draft: { ...composition.draft, fileNumber: '৩৮.০০.০০০০.০১০.৩৬.০০১.২৪', date: '2024-01-25' },
    parts: { selfAssessment: true, reviewReport: true, feedbackLetters: true, evidenceIndex: true },
    numbers: (letters) => ({
      memo: { memoNumber: 'memo', date: '2024-01-25', reused: false },
      feedback: new Map(letters.map((l) => [l.officeId, { memoNumber: `feedback-${l.officeId}`, date: '2024-01-25', reused: false }])),
    }),
    offices: listOffices(db, { includeInactive: true }),
  };
}

describe('the package documents built in steps', () => {
  test('pause after each chunk of offices and are the documents built in one go', async () => {
    const input = await buildInput();
    let pauses = 0;
    const stepped = await buildPackageDocumentsInSteps(input, async () => {
      pauses += 1;
    });
    expect(pauses).toBe(Math.ceil(2 / LETTERS_READ_TOGETHER));
    expect(stepped.feedbackLetters).toHaveLength(2);
    expect(stepped).toEqual(buildPackageDocuments(input));
  });

  test('are read again when a review is saved during a pause, so all of them show the saved reviews', async () => {
    const input = await buildInput();
    let saved = false;
    const docs = await buildPackageDocumentsInSteps(input, async () => {
      if (saved) return;
      saved = true;
      // the letters of the first chunk have been read already
      for (const { report } of ctx.offices) {
        const { basis } = await ctx.backend.call('review.feedback', { reportId: report.reportId });
        await ctx.backend.call('review.saveFeedback', { reportId: report.reportId, letterText: `বিষয়: ফলাবর্তক\nসংশোধিত চিঠি ${report.reportId}।`, basis });
      }
    });
    expect(saved).toBe(true);
    for (const { office, report } of ctx.offices) {
      expect(docs.feedbackLetters.find((l) => l.officeName === office.nameBn)!.blocks).toEqual([{ kind: 'paragraph', text: `সংশোধিত চিঠি ${report.reportId}।` }]);
    }
    expect(docs).toEqual(buildPackageDocuments(input));
  });
});
