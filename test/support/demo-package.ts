// The demo's database (npm run demo) and a larger one for the package's stress test, built through the
// API from spreadsheets generated from seed 000: a ministry, its offices' plans and H1 reports, a
// reviewer's decisions, evidence; and a way to generate a package from either and wait for it.
import type { GeneratedPackage, JobStatus, MemoDraft, PackageParts } from '../../electron/backend/api/contract.js';
import { typedCall } from '../../electron/backend/api/typed-call.js';
import type { Backend } from '../../electron/backend/app/backend.js';
import { demoH1ReportXlsx, demoPlanXlsx } from '../fixtures/variants/demo-reports.js';

export const DEMO_FISCAL_YEAR = '2023-24';
export const DEMO_MINISTRY = 'প্রাথমিক ও গণশিক্ষা মন্ত্রণালয়';
export const DEMO_FILE_NUMBER = '৩৮.০০.০০০০.০১০.৩৬.০০১.২৪';
export const DEMO_SIGNATORY = { name: 'মোঃ সিরাজুল ইসলাম', designation: 'সিস্টেম এনালিস্ট', phone: '০২-৫৫১০০৪৪২', email: 'sa@mopme.gov.bd' };
export const DEMO_BRANCH = { wing: 'পরিকল্পনা ও উন্নয়ন অনুবিভাগ', branch: 'আইসিটি সেল' };
export const DEMO_COMMENT = 'প্রমাণকে একটি সভার হাজিরা পাওয়া যায়নি।';
export const DEMO_OFFICES: { nameBn: string; nameEn: string; report: boolean }[] = [
  { nameBn: 'প্রাথমিক শিক্ষা অধিদপ্তর', nameEn: 'Directorate of Primary Education', report: true },
  { nameBn: 'উপানুষ্ঠানিক শিক্ষা ব্যুরো', nameEn: 'Bureau of Non-Formal Education', report: true },
  { nameBn: 'জাতীয় প্রাথমিক শিক্ষা একাডেমি', nameEn: 'National Academy for Primary Education', report: true },
  { nameBn: 'বাংলাদেশ শিশু কল্যাণ ট্রাস্ট', nameEn: 'Bangladesh Shishu Kalyan Trust', report: false },
];

const apiOf = (backend: Backend) => typedCall(backend.dispatch);

export interface DemoOptions {
  /** Subordinate offices besides the demo's four (each with a plan and an H1 report). */
  moreOffices?: number;
  /** The ministry's own activity [১.৫] written out at length (a merged cell crossing a page break). */
  longActivity?: boolean;
  log?: (text: string) => void;
}

export interface DemoDatabase {
  ownId: number;
  /** The office whose verified figure, comment, evidence and saved letter the reviewer recorded. */
  reviewed: { officeName: string; reportId: number; code: string } | null;
}

/** The demo's ministry, offices, reports, review decisions and evidence. */
export async function buildDemoDatabase(backend: Backend, options: DemoOptions = {}): Promise<DemoDatabase> {
  const call = apiOf(backend);
  const log = options.log ?? (() => undefined);
  const importFile = async (fileName: string, bytes: Buffer, officeId: number, period: 'H1' | null) => {
    const analysis = await call('imports.stage', { fileName, contentBase64: bytes.toString('base64') });
    return call('imports.commit', { stagedId: analysis.stagedId, officeId, fiscalYear: DEMO_FISCAL_YEAR, period, receivedOn: period ? '2024-01-10' : null });
  };
  await call('setup.complete', {
    office: { nameBn: DEMO_MINISTRY, nameEn: 'Ministry of Primary and Mass Education', shortName: 'MoPME', level: 'ministry', memoPrefix: '৩৮.০০.০০০০.০১০.৩৬', website: 'www.mopme.gov.bd', address: 'বাংলাদেশ সচিবালয়, ঢাকা' },
    signatory: DEMO_SIGNATORY,
  });
  await call('settings.update', { fiscalYear: DEMO_FISCAL_YEAR, ownBranch: DEMO_BRANCH });
  const own = (await call('setup.status', {})).ownOffice;
  if (!own) throw new Error('setup did not create the own office');
  log(`own office: ${own.nameBn}`);
  await importFile('mopme-plan-2023-24.xlsx', demoPlanXlsx(DEMO_MINISTRY), own.id, null);
  const ownReport = await importFile('mopme-h1-2023-24.xlsx', demoH1ReportXlsx(DEMO_MINISTRY, 7, { longActivity: options.longActivity ?? false }), own.id, 'H1');

  const offices = [
    ...DEMO_OFFICES,
    ...Array.from({ length: options.moreOffices ?? 0 }, (_, i) => ({ nameBn: `উপজেলা শিক্ষা অফিস ${String(i + 1).padStart(2, '0')}`, nameEn: `Upazila Education Office ${i + 1}`, report: true })),
  ];
  for (const [i, office] of offices.entries()) {
    const created = await call('offices.create', { parentId: own.id, level: 'department', nameBn: office.nameBn, nameEn: office.nameEn, headDesignation: 'মহাপরিচালক' });
    await importFile(`plan-${i + 1}.xlsx`, demoPlanXlsx(office.nameBn), created.id, null);
    if (office.report) await importFile(`h1-${i + 1}.xlsx`, demoH1ReportXlsx(office.nameBn, 100 + i), created.id, 'H1');
    log(`${office.nameBn}: plan${office.report ? ' and H1 self-assessment' : ' (H1 report not received)'} imported`);
  }

  // A reviewer's decision on the first office: a verified figure, a comment, an evidence file.
  const overview = await call('review.overview', { fiscalYear: DEMO_FISCAL_YEAR, period: 'H1' });
  let reviewed: DemoDatabase['reviewed'] = null;
  const first = overview.offices.find((o) => o.report);
  if (first?.report) {
    const reportId = first.report.id;
    const workspace = await call('review.workspace', { reportId });
    const counted = workspace.indicators.find((i) => i.valueKind === 'number' && typeof i.claimed.achievement === 'number' && i.claimed.achievement > 0);
    const claimed = counted?.claimed.achievement;
    if (counted && typeof claimed === 'number') {
      await call('review.setVerified', { reportId, indicatorId: counted.indicatorId, value: Math.max(0, claimed - 1) });
      await call('review.setComment', { reportId, indicatorId: counted.indicatorId, comment: DEMO_COMMENT });
      await call('review.attachEvidence', { reportId, indicatorId: counted.indicatorId, fileName: 'হাজিরা-নোটিশ.txt', contentBase64: Buffer.from('সভার নোটিশ ও হাজিরা (নমুনা)').toString('base64') });
      log(`review: ${first.officeName} [${counted.code}] verified one lower, with a comment and an evidence file`);
      // The reviewer's letter, saved on 14 January: it goes out dated that day, before the package.
      const letter = await call('review.feedback', { reportId });
      await call('review.saveFeedback', { reportId, letterText: letter.draft, basis: letter.basis });
      backend.database.sqlite.prepare(`UPDATE reviews SET updated_at = '2024-01-14T05:00:00.000Z' WHERE report_id = ?`).run(reportId);
      reviewed = { officeName: first.officeName, reportId, code: counted.code ?? '' };
    }
  }
  // The ministry's own evidence for one indicator of its self-assessment (the annex refers to it by its serial).
  if (ownReport.reportId) {
    const ownWorkspace = await call('review.workspace', { reportId: ownReport.reportId });
    const withEvidence = ownWorkspace.indicators.find((i) => i.evidenceReference);
    if (withEvidence) {
      await call('review.attachEvidence', { reportId: ownReport.reportId, indicatorId: withEvidence.indicatorId, fileName: 'ই-নথি-সিস্টেম-রিপোর্ট.txt', contentBase64: Buffer.from('ই-নথি সিস্টেম রিপোর্ট (নমুনা)').toString('base64') });
      log(`own report [${withEvidence.code}]: an evidence file attached`);
    }
  }
  return { ownId: own.id, reviewed };
}

/** Composes the memo (with the demo's file number and date, and `change`), generates the package and waits for it. */
export async function generateDemoPackage(
  backend: Backend,
  options: { parts?: PackageParts; change?: (draft: MemoDraft) => MemoDraft; feedbackNumbers?: 'reuse' | 'new' } = {},
): Promise<JobStatus<GeneratedPackage>> {
  const call = apiOf(backend);
  const parts = options.parts ?? { selfAssessment: true, reviewReport: true, feedbackLetters: true, evidenceIndex: true, auditLog: true };
  const composition = await call('package.compose', { fiscalYear: DEMO_FISCAL_YEAR, period: 'H1', parts });
  const draft = (options.change ?? ((d) => d))({ ...composition.draft, fileNumber: DEMO_FILE_NUMBER, date: '2024-01-25' });
  const job = await call('package.start', { fiscalYear: DEMO_FISCAL_YEAR, period: 'H1', draft, parts, ...(options.feedbackNumbers ? { feedbackNumbers: options.feedbackNumbers } : {}) });
  let status = job;
  while (status.state === 'running') {
    await new Promise((r) => setTimeout(r, 200));
    status = await call('package.status', { jobId: job.id });
  }
  return status;
}
