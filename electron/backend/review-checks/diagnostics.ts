// legacy-encoding: the reader converted Bijoy/SutonnyMJ text or met OCR garbage and said so in a
// Diagnostic; it is passed through as information, on the indicator whose cell it names.
import { diagnosticMessage } from '../../../common/messages/diagnostic-texts.js';
import { diagnosticPlace, indicatorAtCell } from './cells.js';
import { indicatorLabelBn, indicatorLabelEn } from './finding.js';
import type { Check, FindingDraft } from './types.js';

export const legacyEncoding: Check = {
  code: 'legacy-encoding',
  severity: 'info',
  title: 'পুরনো এনকোডিং (বিজয়/সুতন্নিএমজে) রূপান্তরিত',
  titleEn: 'Legacy encoding converted',
  run(doc) {
    const out: FindingDraft[] = [];
    for (const diag of doc.diagnostics) {
      if (diag.code !== 'legacy-encoding') continue;
      const place = diagnosticPlace(diag);
      const ind = indicatorAtCell(doc, place?.at);
      const where = place?.bn ?? '';
      const whereEn = place?.en ?? '';
      out.push({
        message: `${ind ? `${indicatorLabelBn(ind)}: ` : ''}${where}পুরনো এনকোডিংয়ের লেখা ইউনিকোডে রূপান্তর করা হয়েছে; মিলিয়ে দেখুন (${diag.message})`,
        messageEn: `${ind ? `${indicatorLabelEn(ind)}: ` : ''}${whereEn}legacy-encoded text was converted to Unicode; please check it (${diagnosticMessage(diag, 'en')})`,
        indicatorCode: ind?.code ?? null,
        areaCode: ind?.areaCode ?? null,
        sheet: diag.sheet ?? null,
        cell: place?.at ?? null,
      });
    }
    return out;
  },
};
