// The memo's fields. Multi-line fields are edited as text (one line per entry; paragraphs separated
// by a blank line) and stored as arrays.
import { useEffect, useState } from 'react';
import type { MemoDraft } from '../../../electron/backend/api/contract.js';
import { toLatinDigits } from '../../../common/bengali/digits.js';
import { DateField } from '../components/DateField.js';
import { useI18n } from '../i18n/index.js';

const NO_LINES: string[] = [];
const joinLines = (lines: string[]) => lines.join('\n');
const splitLines = (text: string) => text.split('\n').map((l) => l.trim()).filter(Boolean);
const joinParagraphs = (paragraphs: string[]) => paragraphs.join('\n\n');
const splitParagraphs = (text: string) => text.split(/\n\s*\n/).map((p) => p.replace(/\s*\n\s*/g, ' ').trim()).filter(Boolean);

/**
 * A textarea for a list of lines or paragraphs. It keeps the raw text while the user types (a new,
 * still empty line must stay), and re-reads the value when it changes from outside (a template).
 */
function ListArea(props: { id: string; label: string; value: string[]; rows: number; join: (v: string[]) => string; split: (t: string) => string[]; onChange: (v: string[]) => void }) {
  const [raw, setRaw] = useState(props.join(props.value));
  const { value, join, split } = props;
  useEffect(() => {
    setRaw((current) => (JSON.stringify(split(current)) === JSON.stringify(value) ? current : join(value)));
  }, [value, join, split]);
  return (
    <div className="field">
      <label htmlFor={props.id}>{props.label}</label>
      <textarea id={props.id} rows={props.rows} value={raw} onChange={(e) => { setRaw(e.target.value); props.onChange(split(e.target.value)); }} />
    </div>
  );
}

function Text(props: { id: string; label: string; value: string; onChange: (v: string) => void; rows?: number; error?: string | null }) {
  return (
    <div className={`field${props.error ? ' has-error' : ''}`}>
      <label htmlFor={props.id}>{props.label}</label>
      {props.rows ? (
        <textarea id={props.id} rows={props.rows} value={props.value} onChange={(e) => props.onChange(e.target.value)} />
      ) : (
        <input id={props.id} type="text" value={props.value} aria-invalid={props.error ? true : undefined} onChange={(e) => props.onChange(e.target.value)} />
      )}
      {props.error && <span className="field-error" role="alert" data-testid={`${props.id}-error`}>{props.error}</span>}
    </div>
  );
}

/**
 * The serial to start from, typed in Bengali or Latin digits and kept as typed; a whole number is
 * passed on, anything else is marked next to the field and leaves the draft without a serial.
 */
function SerialField({ value, onChange }: { value: number | undefined; onChange: (serial: number | undefined) => void }) {
  const { t, digits } = useI18n();
  const [text, setText] = useState(value !== undefined ? digits(value) : '');
  const [invalid, setInvalid] = useState(false);
  useEffect(() => {
    setText((current) => {
      const typed = toLatinDigits(current.trim());
      return (typed === '' ? undefined : Number(typed)) === value ? current : value !== undefined ? digits(value) : '';
    });
  }, [value, digits]);
  return (
    <div className={`field${invalid ? ' has-error' : ''}`}>
      <label htmlFor="memo-start-at">{t('package.startAt')}</label>
      <input
        id="memo-start-at" type="text" inputMode="numeric" value={text} aria-invalid={invalid || undefined}
        onChange={(e) => {
          setText(e.target.value);
          const typed = toLatinDigits(e.target.value.trim());
          const ok = typed === '' || /^[1-9]\d{0,8}$/.test(typed);
          setInvalid(!ok);
          onChange(ok && typed !== '' ? Number(typed) : undefined);
        }}
      />
      {invalid && <span className="field-error" role="alert">{t('package.startAtInvalid')}</span>}
    </div>
  );
}

export function MemoComposer({ draft, onChange, nextMemoNumber, errors = {} }: {
  draft: MemoDraft;
  onChange: (d: MemoDraft) => void;
  nextMemoNumber: string | null;
  /** Messages about single fields (the file number, the date), shown next to them. */
  errors?: Partial<Record<'fileNumber' | 'date', string>>;
}) {
  const { t } = useI18n();
  const set = (change: Partial<MemoDraft>) => onChange({ ...draft, ...change });
  const sig = draft.signatory;
  return (
    <fieldset className="memo-composer" data-testid="memo-composer">
      <legend>{t('package.memo')}</legend>
      <div className="form-grid">
        <Text id="memo-file-number" label={t('package.fileNumber')} value={draft.fileNumber} onChange={(v) => set({ fileNumber: v })} error={errors.fileNumber ?? null} />
        <SerialField value={draft.startAt} onChange={(serial) => { const { startAt: _omit, ...rest } = draft; onChange(serial !== undefined ? { ...rest, startAt: serial } : rest); }} />
        <div>
          <DateField id="memo-date" label={t('package.date')} value={draft.date} required onChange={(iso) => { if (iso) set({ date: iso }); }} />
          {errors.date && <span className="field-error" role="alert">{errors.date}</span>}
        </div>
        <label className="checkbox">
          <input type="checkbox" checked={draft.showBengaliDate} onChange={(e) => set({ showBengaliDate: e.target.checked })} />
          {t('package.showBengaliDate')}
        </label>
      </div>
      {nextMemoNumber && <p className="muted" data-testid="next-memo-number">{t('package.nextMemoNumber', { number: nextMemoNumber })}</p>}
      <div className="form-grid">
        <Text id="memo-slogan" label={t('package.slogan')} value={draft.letterhead.slogan ?? ''} onChange={(v) => set({ letterhead: { ...draft.letterhead, slogan: v || null } })} />
        <ListArea id="memo-letterhead" label={t('package.letterhead')} rows={4} value={draft.letterhead.lines} join={joinLines} split={splitLines} onChange={(lines) => set({ letterhead: { ...draft.letterhead, lines } })} />
        <Text id="memo-website" label={t('package.website')} value={draft.letterhead.website ?? ''} onChange={(v) => set({ letterhead: { ...draft.letterhead, website: v || null } })} />
      </div>
      <Text id="memo-subject" label={t('package.subject')} rows={2} value={draft.subject} onChange={(v) => set({ subject: v })} />
      <Text id="memo-reference" label={t('package.reference')} value={draft.reference ?? ''} onChange={(v) => set({ reference: v || null })} />
      <ListArea id="memo-body" label={t('package.body')} rows={5} value={draft.body} join={joinParagraphs} split={splitParagraphs} onChange={(body) => set({ body })} />
      <Text id="memo-attachments" label={t('package.attachments')} value={draft.attachments ?? ''} onChange={(v) => set({ attachments: v || null })} />
      <div className="form-grid">
        <ListArea id="memo-recipient" label={t('package.recipient')} rows={3} value={draft.recipient} join={joinLines} split={splitLines} onChange={(recipient) => set({ recipient })} />
        <div className="field">
          <label htmlFor="memo-recipient-position">{t('package.recipientPosition')}</label>
          <select id="memo-recipient-position" value={draft.recipientPosition} onChange={(e) => set({ recipientPosition: e.target.value as MemoDraft['recipientPosition'] })}>
            <option value="before-subject">{t('package.positions.before-subject')}</option>
            <option value="after-signature">{t('package.positions.after-signature')}</option>
          </select>
        </div>
        <Text id="memo-attention" label={t('package.attention')} value={draft.attention ?? ''} onChange={(v) => set({ attention: v || null })} />
      </div>
      <fieldset>
        <legend>{t('package.signatory')}</legend>
        <div className="form-grid">
          <Text id="memo-sig-name" label={t('signatory.name')} value={sig.name} onChange={(v) => set({ signatory: { ...sig, name: v } })} />
          <Text id="memo-sig-designation" label={t('signatory.designation')} value={sig.designation} onChange={(v) => set({ signatory: { ...sig, designation: v } })} />
          <Text id="memo-sig-branch" label={t('package.signatoryBranch')} value={sig.branch ?? ''} onChange={(v) => set({ signatory: { ...sig, branch: v || null } })} />
          <Text id="memo-sig-office" label={t('package.signatoryOffice')} value={sig.office ?? ''} onChange={(v) => set({ signatory: { ...sig, office: v || null } })} />
          <Text id="memo-sig-phone" label={t('signatory.phone')} value={sig.phone ?? ''} onChange={(v) => set({ signatory: { ...sig, phone: v || null } })} />
          <Text id="memo-sig-email" label={t('signatory.email')} value={sig.email ?? ''} onChange={(v) => set({ signatory: { ...sig, email: v || null } })} />
        </div>
      </fieldset>
      <div className="form-grid">
        <Text id="memo-copy-intro" label={t('package.copyIntro')} value={draft.copyList?.intro ?? ''}
          onChange={(v) => set({ copyList: { intro: v, entries: draft.copyList?.entries ?? [] } })} />
        <ListArea id="memo-copy-entries" label={t('package.copyEntries')} rows={5} value={draft.copyList?.entries ?? NO_LINES} join={joinLines} split={splitLines}
          onChange={(entries) => set({ copyList: { intro: draft.copyList?.intro ?? '', entries } })} />
      </div>
    </fieldset>
  );
}
