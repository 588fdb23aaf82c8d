// The lines above an annex table: the memo's enclosure number (right), the APA annex number and the
// title (centred), then the office, year and period; and the signature block under the annex.
import { toBengaliDigits } from '../format.js';
import type { AnnexSignature, Enclosure } from '../model.js';
import { SignatureBlock } from './LetterParts.js';

/** "সংযুক্তি-২": the memo's own numbering of what it encloses, which is not the APA's সংযোজনী number. */
export function enclosureLabel(enclosure: Enclosure): { label: string; memo: string } {
  return { label: `সংযুক্তি-${toBengaliDigits(enclosure.number)}`, memo: `স্মারক নম্বর: ${toBengaliDigits(enclosure.memoNumber)}` };
}

export function AnnexHeading({ enclosure, annexNumber, title, meta }: { enclosure?: Enclosure | null; annexNumber?: string | undefined; title: string[]; meta?: string | null }) {
  const label = enclosure ? enclosureLabel(enclosure) : null;
  return (
    <>
      {label ? (
        <div className="enclosure-number">
          <div className="label">{label.label}</div>
          <div className="of-memo">{label.memo}</div>
        </div>
      ) : null}
      {annexNumber ? <div className="annex-number">{annexNumber}</div> : null}
      {title.map((line, i) => (
        <div className="annex-title" key={i}>
          {line}
        </div>
      ))}
      {meta ? <div className="annex-meta">{meta}</div> : null}
    </>
  );
}

export function AnnexSignatureBlock({ signature }: { signature?: AnnexSignature | null }) {
  if (!signature) return null;
  return (
    <div className="annex-signature">
      <SignatureBlock signatory={signature.signatory} date={signature.date} />
    </div>
  );
}
