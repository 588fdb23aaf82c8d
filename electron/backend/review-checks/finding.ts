// Building finding drafts with the subject named the same way in every message.
import { toBengaliDigits } from '../../../common/bengali/digits.js';
import type { Area, Indicator } from '../../../common/plan-document/schema.js';
import { cellOf } from './cells.js';
import type { FindingDraft } from './types.js';

function shortText(text: string): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > 40 ? `${t.slice(0, 40)}…` : t;
}

export function indicatorLabelBn(indicator: Indicator): string {
  return indicator.code ? `সূচক [${toBengaliDigits(indicator.code)}]` : `সূচক "${shortText(indicator.text)}"`;
}

export function indicatorLabelEn(indicator: Indicator): string {
  return indicator.code ? `Indicator [${indicator.code}]` : `Indicator "${shortText(indicator.text)}"`;
}

/** A finding on one indicator, pointing at the cell of `field` when the indicator carries cells. */
export function indicatorFinding(indicator: Indicator, field: string, bn: string, en: string): FindingDraft {
  return {
    message: `${indicatorLabelBn(indicator)}: ${bn}`,
    messageEn: `${indicatorLabelEn(indicator)}: ${en}`,
    indicatorCode: indicator.code,
    areaCode: indicator.areaCode,
    cell: cellOf(indicator, field),
  };
}

export function areaFinding(area: Pick<Area, 'code'>, bn: string, en: string): FindingDraft {
  return {
    message: `ক্ষেত্র [${toBengaliDigits(area.code)}]: ${bn}`,
    messageEn: `Area [${area.code}]: ${en}`,
    indicatorCode: null,
    areaCode: area.code,
    cell: null,
  };
}

export function documentFinding(bn: string, en: string): FindingDraft {
  return { message: bn, messageEn: en, indicatorCode: null, areaCode: null, cell: null };
}
