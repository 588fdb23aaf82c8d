// A backend holding a ministry, its offices' plans and H1 reports (from the demo fixtures).
import { demoH1ReportXlsx, demoPlanXlsx } from '../fixtures/variants/demo-reports.js';
import { freshBackend, ownOffice } from './backend.js';

export const DEMO_MINISTRY = 'প্রাথমিক ও গণশিক্ষা মন্ত্রণালয়';

export async function backendWithReports(officeNames: string[], options: { ownReport?: boolean } = {}) {
  const backend = await freshBackend({ setUp: false });
  await backend.call('setup.complete', {
    office: { nameBn: DEMO_MINISTRY, nameEn: 'Ministry of Primary and Mass Education', shortName: 'MoPME', level: 'ministry', memoPrefix: '৩৮.০০.০০০০.০১০.৩৬' },
    signatory: { name: 'মোঃ সিরাজুল ইসলাম', designation: 'সিস্টেম এনালিস্ট', phone: '০২-৫৫১০০৪৪২' },
  });
  const own = await ownOffice(backend);
  const importFile = async (fileName: string, bytes: Buffer, officeId: number, period: 'H1' | null) => {
    const a = await backend.call('imports.stage', { fileName, contentBase64: bytes.toString('base64') });
    return backend.call('imports.commit', { stagedId: a.stagedId, officeId, fiscalYear: '2023-24', period, receivedOn: period ? '2024-01-10' : null });
  };
  if (options.ownReport !== false) await importFile('own-h1.xlsx', demoH1ReportXlsx(DEMO_MINISTRY, 7), own.id, 'H1');
  const offices = [];
  for (const [i, name] of officeNames.entries()) {
    const office = await backend.call('offices.create', { parentId: own.id, level: 'department', nameBn: name });
    await importFile(`plan-${i}.xlsx`, demoPlanXlsx(name), office.id, null);
    const report = await importFile(`h1-${i}.xlsx`, demoH1ReportXlsx(name, 100 + i), office.id, 'H1');
    offices.push({ office, report });
  }
  return { backend, own, offices };
}
