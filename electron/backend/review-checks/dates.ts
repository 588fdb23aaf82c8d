// invalid-date: a date that does not exist (seed 004 writes ০০/১২/২০২১). The reader reports the cells
// it could not read as Diagnostics (code invalid-date); those are passed through with their cell.
// Values that reached the document but name no real day (2022-02-30) are found here too.
// date-outside-year: a target date outside the fiscal year plus the grace days after 30 June.
import { toBengaliDigits } from '../../../common/bengali/digits.js';
import { fiscalYearStart, isFiscalYear } from '../../../common/fiscal-year/fiscal-year.js';
import type { Period } from '../../../common/plan-document/schema.js';
import { diagnosticMessage } from '../../../common/messages/diagnostic-texts.js';
import { diagnosticPlace, indicatorAtCell } from './cells.js';
import { indicatorFinding, indicatorLabelBn, indicatorLabelEn } from './finding.js';
import type { Check, FindingDraft } from './types.js';
import { addDays, dayNumber, definedTargets, formatDateBn, formatDateEn, isValidIsoDate, levelBn, periodAchievementBn } from './indicator-values.js';

export const invalidDate: Check = {
  code: 'invalid-date',
  severity: 'error',
  title: 'অস্তিত্বহীন তারিখ',
  titleEn: 'Date that does not exist',
  run(doc) {
    const out: FindingDraft[] = [];
    for (const diag of doc.diagnostics) {
      if (diag.code !== 'invalid-date') continue;
      const place = diagnosticPlace(diag);
      const ind = indicatorAtCell(doc, place?.at);
      const where = place?.bn ?? '';
      const whereEn = place?.en ?? '';
      out.push({
        message: `${ind ? `${indicatorLabelBn(ind)}: ` : ''}${where}তারিখটি সঠিক নয় (${diag.message})`,
        messageEn: `${ind ? `${indicatorLabelEn(ind)}: ` : ''}${whereEn}not a real date (${diagnosticMessage(diag, 'en')})`,
        indicatorCode: ind?.code ?? null,
        areaCode: ind?.areaCode ?? null,
        sheet: diag.sheet ?? null,
        cell: place?.at ?? null,
      });
    }
    // A cell the reader already reported is not reported again from its value.
    const reported = new Set(doc.diagnostics.filter((d) => d.code === 'invalid-date').map((d) => diagnosticPlace(d)?.at).filter(Boolean));
    const push = (draft: FindingDraft) => {
      if (!draft.cell || !reported.has(draft.cell)) out.push(draft);
    };
    for (const ind of doc.indicators) {
      for (const t of definedTargets(ind)) {
        if (typeof t.value !== 'string' || isValidIsoDate(t.value)) continue;
        push(
          indicatorFinding(
            ind,
            `targets.${t.level}`,
            `${levelBn(t.level)} স্তরের লক্ষ্যমাত্রার তারিখ ${formatDateBn(t.value)} বাস্তবে নেই`,
            `the ${t.level}% target date ${formatDateEn(t.value)} does not exist`,
          ),
        );
      }
      for (const [period, value] of Object.entries(ind.achievements) as Array<[Period, unknown]>) {
        if (typeof value !== 'string' || isValidIsoDate(value)) continue;
        push(
          indicatorFinding(
            ind,
            `achievements.${period}`,
            `${periodAchievementBn(period)} অর্জনের তারিখ ${formatDateBn(value)} বাস্তবে নেই`,
            `the ${period} achievement date ${formatDateEn(value)} does not exist`,
          ),
        );
      }
    }
    return out;
  },
};

export const dateOutsideYear: Check = {
  code: 'date-outside-year',
  severity: 'warning',
  title: 'লক্ষ্যমাত্রার তারিখ অর্থবছরের বাইরে',
  titleEn: 'Target date outside the fiscal year',
  run(doc, ctx) {
    if (doc.fiscalYear === null || !isFiscalYear(doc.fiscalYear)) return [];
    const start = fiscalYearStart(doc.fiscalYear);
    const first = `${start}-07-01`;
    const last = addDays(`${start + 1}-06-30`, ctx.graceDays);
    const out: FindingDraft[] = [];
    for (const ind of doc.indicators) {
      for (const t of definedTargets(ind)) {
        if (typeof t.value !== 'string' || !isValidIsoDate(t.value)) continue;
        const day = dayNumber(t.value);
        if (day >= dayNumber(first) && day <= dayNumber(last)) continue;
        out.push(
          indicatorFinding(
            ind,
            `targets.${t.level}`,
            `${levelBn(t.level)} স্তরের লক্ষ্যমাত্রা ${formatDateBn(t.value)} অর্থবছর ${toBengaliDigits(doc.fiscalYear)}-এর বাইরে (${formatDateBn(first)} থেকে ${formatDateBn(last)} পর্যন্ত গ্রহণযোগ্য)`,
            `the ${t.level}% target ${formatDateEn(t.value)} lies outside fiscal year ${doc.fiscalYear} (${formatDateEn(first)} to ${formatDateEn(last)} accepted)`,
          ),
        );
      }
    }
    return out;
  },
};
