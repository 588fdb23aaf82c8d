// npm run demo — builds a sample database from the bundled seed fixtures (a ministry and its
// subordinate offices with their plans and half-yearly self-assessments), runs the review's checks,
// records a few reviewer decisions, and writes a complete submission package into ./demo-output/.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createBackend } from '../electron/backend/app/backend.js';
import { typedCall } from '../electron/backend/api/typed-call.js';
import { demoH1ReportXlsx, demoPlanXlsx } from '../test/fixtures/variants/demo-reports.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const output = path.join(root, 'demo-output');
const FISCAL_YEAR = '2023-24';
const MINISTRY = 'প্রাথমিক ও গণশিক্ষা মন্ত্রণালয়';
const OFFICES: { nameBn: string; nameEn: string; report: boolean }[] = [
  { nameBn: 'প্রাথমিক শিক্ষা অধিদপ্তর', nameEn: 'Directorate of Primary Education', report: true },
  { nameBn: 'উপানুষ্ঠানিক শিক্ষা ব্যুরো', nameEn: 'Bureau of Non-Formal Education', report: true },
  { nameBn: 'জাতীয় প্রাথমিক শিক্ষা একাডেমি', nameEn: 'National Academy for Primary Education', report: true },
  { nameBn: 'বাংলাদেশ শিশু কল্যাণ ট্রাস্ট', nameEn: 'Bangladesh Shishu Kalyan Trust', report: false },
];

function step(text: string) {
  console.log(`• ${text}`);
}

fs.rmSync(output, { recursive: true, force: true });
fs.mkdirSync(output, { recursive: true });
const backend = await createBackend({ dataDir: path.join(output, 'data'), migrationsDir: path.join(root, 'drizzle', 'migrations'), today: () => new Date('2024-01-25T10:00:00+06:00') });
const call = typedCall(backend.dispatch);
async function importFile(fileName: string, bytes: Buffer, officeId: number, period: 'H1' | null) {
  const analysis = await call('imports.stage', { fileName, contentBase64: bytes.toString('base64') });
  return call('imports.commit', { stagedId: analysis.stagedId, officeId, fiscalYear: FISCAL_YEAR, period, receivedOn: period ? '2024-01-10' : null });
}

try {
  step(`database: ${backend.database.path}`);
  await call('setup.complete', {
    office: { nameBn: MINISTRY, nameEn: 'Ministry of Primary and Mass Education', shortName: 'MoPME', level: 'ministry', memoPrefix: '৩৮.০০.০০০০.০১০.৩৬', website: 'www.mopme.gov.bd', address: 'বাংলাদেশ সচিবালয়, ঢাকা' },
    signatory: { name: 'মোঃ সিরাজুল ইসলাম', designation: 'সিস্টেম এনালিস্ট', phone: '০২-৫৫১০০৪৪২', email: 'sa@mopme.gov.bd' },
  });
  await call('settings.update', { fiscalYear: FISCAL_YEAR, ownBranch: { wing: 'পরিকল্পনা ও উন্নয়ন অনুবিভাগ', branch: 'আইসিটি সেল' } });
  const own = (await call('setup.status', {})).ownOffice;
  if (!own) throw new Error('setup did not create the own office');
  step(`own office: ${own.nameBn}`);
  await importFile('mopme-plan-2023-24.xlsx', demoPlanXlsx(MINISTRY), own.id, null);
  const ownReport = await importFile('mopme-h1-2023-24.xlsx', demoH1ReportXlsx(MINISTRY, 7), own.id, 'H1');

  for (const [i, office] of OFFICES.entries()) {
    const created = await call('offices.create', { parentId: own.id, level: 'department', nameBn: office.nameBn, nameEn: office.nameEn, headDesignation: 'মহাপরিচালক' });
    await importFile(`plan-${i + 1}.xlsx`, demoPlanXlsx(office.nameBn), created.id, null);
    if (office.report) await importFile(`h1-${i + 1}.xlsx`, demoH1ReportXlsx(office.nameBn, 100 + i), created.id, 'H1');
    step(`${office.nameBn}: plan${office.report ? ' and H1 self-assessment' : ' (H1 report not received)'} imported`);
  }

  const overview = await call('review.overview', { fiscalYear: FISCAL_YEAR, period: 'H1' });
  for (const o of overview.offices) {
    const f = o.findings;
    step(`checks — ${o.officeName}: ${o.report ? `claimed ${o.claimed?.toFixed(2)}, findings ${f.error} errors / ${f.warning} warnings` : 'no report'}`);
  }
  // A reviewer's decision on the first office: a verified figure, a comment, an evidence file.
  const first = overview.offices.find((o) => o.report);
  if (first?.report) {
    const reportId = first.report.id;
    const workspace = await call('review.workspace', { reportId });
    const counted = workspace.indicators.find((i) => i.valueKind === 'number' && typeof i.claimed.achievement === 'number');
    const claimed = counted?.claimed.achievement;
    if (counted && typeof claimed === 'number') {
      await call('review.setVerified', { reportId, indicatorId: counted.indicatorId, value: Math.max(0, claimed - 1) });
      await call('review.setComment', { reportId, indicatorId: counted.indicatorId, comment: 'প্রমাণকে একটি সভার হাজিরা পাওয়া যায়নি।' });
      await call('review.attachEvidence', { reportId, indicatorId: counted.indicatorId, fileName: 'হাজিরা-নোটিশ.txt', contentBase64: Buffer.from('সভার নোটিশ ও হাজিরা (নমুনা)').toString('base64') });
      step(`review: ${first.officeName} [${counted.code}] verified one lower, with a comment and an evidence file`);
      // The reviewer's letter, saved on 14 January: it goes out dated that day, before the package.
      const letter = await call('review.feedback', { reportId });
      await call('review.saveFeedback', { reportId, letterText: letter.draft });
      backend.database.sqlite.prepare(`UPDATE reviews SET updated_at = '2024-01-14T05:00:00.000Z' WHERE report_id = ?`).run(reportId);
    }
  }
  // The ministry's own evidence for one indicator of its self-assessment (the annex refers to it by its serial).
  const ownReportId = ownReport.reportId;
  if (ownReportId) {
    const ownWorkspace = await call('review.workspace', { reportId: ownReportId });
    const withEvidence = ownWorkspace.indicators.find((i) => i.evidenceReference);
    if (withEvidence) {
      await call('review.attachEvidence', { reportId: ownReportId, indicatorId: withEvidence.indicatorId, fileName: 'ই-নথি-সিস্টেম-রিপোর্ট.txt', contentBase64: Buffer.from('ই-নথি সিস্টেম রিপোর্ট (নমুনা)').toString('base64') });
      step(`own report [${withEvidence.code}]: an evidence file attached`);
    }
  }

  const composition = await call('package.compose', { fiscalYear: FISCAL_YEAR, period: 'H1' });
  const draft = { ...composition.draft, fileNumber: '৩৮.০০.০০০০.০১০.৩৬.০০১.২৪', date: '2024-01-25' };
  const parts = { selfAssessment: true, reviewReport: true, feedbackLetters: true, evidenceIndex: true, auditLog: true };
  const job = await call('package.start', { fiscalYear: FISCAL_YEAR, period: 'H1', draft, parts });
  let status = job;
  while (status.state === 'running') {
    await new Promise((r) => setTimeout(r, 250));
    status = await call('package.status', { jobId: job.id });
  }
  if (status.state !== 'done' || !status.result) throw new Error(`package: ${status.state} ${status.error?.message ?? ''}`);
  const result = status.result;
  const target = path.join(output, result.name);
  fs.cpSync(result.folder, target, { recursive: true });
  step(`package ${result.memoNumber}: ${result.files.length} files`);
  for (const file of result.files) console.log(`    ${file.path}`);
  console.log(`\nThe package is in ${target}\n(the sample database is in ${path.join(output, 'data')}; open it with: npm run web -- --data-dir ${path.join('demo-output', 'data')})`);
} finally {
  backend.close();
}
