// A date typed as dd/mm/yyyy, in Bengali or Latin digits, shown in the UI language's digits. What the
// user types is kept as typed; it is read on blur, and a day that does not exist is marked, not dropped.
import { useEffect, useState } from 'react';
import { dayMonthYearFromIso, isoFromDayMonthYear } from '../../../common/dates/iso-date.js';
import { useI18n } from '../i18n/index.js';

export function DateField(props: {
  id: string;
  label: string;
  /** ISO date (YYYY-MM-DD) or null when empty. */
  value: string | null;
  onChange: (iso: string | null) => void;
  required?: boolean;
  testId?: string;
}) {
  const { t, digits } = useI18n();
  const shown = (iso: string | null) => (iso ? digits(dayMonthYearFromIso(iso)) : '');
  const [text, setText] = useState(shown(props.value));
  const [invalid, setInvalid] = useState(false);
  const display = shown(props.value);

  // A new value from outside (another file selected, a batch date applied) replaces the text.
  useEffect(() => {
    setText(display);
    setInvalid(false);
  }, [display]);

  function commit() {
    if (text.trim() === '') {
      setInvalid(Boolean(props.required));
      if (props.value !== null) props.onChange(null);
      return;
    }
    const iso = isoFromDayMonthYear(text);
    setInvalid(iso === null);
    if (iso !== null && iso !== props.value) props.onChange(iso);
  }

  return (
    <div className={`field${invalid ? ' has-error' : ''}`}>
      <label htmlFor={props.id}>
        {props.label}
        {props.required ? ' *' : ''}
      </label>
      <input
        id={props.id}
        type="text"
        inputMode="numeric"
        placeholder={t('dates.placeholder')}
        value={text}
        onChange={(e) => setText(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => { if (e.key === 'Enter') commit(); }}
        aria-invalid={invalid || undefined}
        data-testid={props.testId}
      />
      {invalid && <span className="field-error" role="alert">{t('dates.invalid')}</span>}
    </div>
  );
}
