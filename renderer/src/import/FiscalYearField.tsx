// The fiscal year typed by hand: kept as typed (Bengali or Latin digits), read on blur or Enter,
// marked when it is not a fiscal year; the known fiscal years are offered as a list.
import { useEffect, useRef, useState } from 'react';
import { toLatinDigits } from '../../../common/bengali/digits.js';
import { formatFiscalYear } from '../../../common/fiscal-year/fiscal-year.js';
import { useI18n } from '../i18n/index.js';

/** "২০২১-২২", "2021-22", "2021-2022", "২০২১/২০২২" → "2021-22"; null when it is not two consecutive years. */
export function fiscalYearFromTyped(typed: string): string | null {
  const m = /^\s*(\d{4})\s*[-–—/]\s*(\d{2}|\d{4})\s*$/.exec(toLatinDigits(typed));
  if (!m) return null;
  const start = Number(m[1]);
  const end = Number(m[2]);
  const consecutive = m[2]!.length === 4 ? end === start + 1 : end === (start + 1) % 100;
  return consecutive && start >= 1990 && start <= 2098 ? formatFiscalYear(start) : null;
}

export function FiscalYearField(props: {
  id: string;
  label: string;
  value: string | null;
  onChange: (fiscalYear: string | null) => void;
  /** The fiscal years the app knows, offered as a list. */
  years: string[];
  testId?: string;
}) {
  const { t, digits } = useI18n();
  const shown = props.value ? digits(props.value) : '';
  const [text, setText] = useState(shown);
  const [invalid, setInvalid] = useState(false);

  /** The value this field itself last sent, as shown: its echo must not replace what the user typed. */
  const sent = useRef<string | undefined>(undefined);

  // Another file selected, or a year applied to several files: the new value replaces the text.
  useEffect(() => {
    if (sent.current === shown) {
      sent.current = undefined;
      return;
    }
    sent.current = undefined;
    setText(shown);
    setInvalid(false);
  }, [shown]);

  function send(year: string | null) {
    if (year === props.value) return;
    sent.current = year ? digits(year) : '';
    props.onChange(year);
  }

  function commit() {
    if (text.trim() === '') {
      setInvalid(false);
      send(null);
      return;
    }
    const year = fiscalYearFromTyped(text);
    setInvalid(year === null);
    // Not a fiscal year: kept as typed and marked, and the file has no year until it is one.
    if (year === null) {
      send(null);
      return;
    }
    setText(digits(year));
    send(year);
  }

  const listId = `${props.id}-years`;
  return (
    <div className={`field${invalid ? ' has-error' : ''}`}>
      <label htmlFor={props.id}>{props.label}</label>
      <input
        id={props.id}
        list={listId}
        placeholder={t('import.fiscalYearPlaceholder')}
        value={text}
        onChange={(e) => setText(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => { if (e.key === 'Enter') commit(); }}
        aria-invalid={invalid || undefined}
        data-testid={props.testId}
      />
      <datalist id={listId}>
        {props.years.map((y) => <option key={y} value={digits(y)} />)}
      </datalist>
      {invalid && <span className="field-error" role="alert">{t('import.fiscalYearInvalid')}</span>}
    </div>
  );
}
