// The app's one dialog: a modal box over the page with role="dialog", its title as its name, focus
// moved into it on opening (and back to where it was on closing), Tab kept inside, and Escape closing
// it. With dialogs stacked, Escape closes the top one only.
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { errorMessage } from '../api/error-message.js';
import { useI18n } from '../i18n/index.js';
import './dialog.css';

const openDialogs: symbol[] = [];

const FOCUSABLE = 'button:not([disabled]), [href], input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

export function Dialog(props: {
  title: ReactNode;
  onClose: () => void;
  children: ReactNode;
  testId?: string;
  /** "wide" for tables (the default width), "narrow" for a question. */
  size?: 'wide' | 'narrow';
  /** While true (an action is running) Escape and the backdrop do not close the dialog. */
  busy?: boolean;
}) {
  const titleId = useId();
  const box = useRef<HTMLDivElement>(null);
  const onClose = useRef(props.onClose);
  onClose.current = props.onClose;
  const busy = useRef(props.busy ?? false);
  busy.current = props.busy ?? false;

  useEffect(() => {
    const me = Symbol('dialog');
    openDialogs.push(me);
    const before = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const first = box.current?.querySelector<HTMLElement>('[data-autofocus]') ?? box.current?.querySelector<HTMLElement>(FOCUSABLE);
    (first ?? box.current)?.focus();

    function onKey(event: KeyboardEvent) {
      if (openDialogs[openDialogs.length - 1] !== me) return;
      if (event.key === 'Escape') {
        event.preventDefault();
        event.stopPropagation();
        if (!busy.current) onClose.current();
      } else if (event.key === 'Tab' && box.current) {
        const items = [...box.current.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) => el.offsetParent !== null);
        if (items.length === 0) return;
        const [head, tail] = [items[0]!, items[items.length - 1]!];
        if (event.shiftKey && document.activeElement === head) {
          event.preventDefault();
          tail.focus();
        } else if (!event.shiftKey && document.activeElement === tail) {
          event.preventDefault();
          head.focus();
        }
      }
    }
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('keydown', onKey);
      openDialogs.splice(openDialogs.indexOf(me), 1);
      if (before?.isConnected) before.focus();
    };
  }, []);

  return (
    <div className="dialog-backdrop">
      <div
        ref={box}
        className={`dialog${props.size === 'narrow' ? ' dialog-narrow' : ''}`}
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        tabIndex={-1}
        data-testid={props.testId}
      >
        <h2 id={titleId}>{props.title}</h2>
        {props.children}
      </div>
    </div>
  );
}

/**
 * A question before an action that cannot be taken back: the action runs on confirmation; its
 * failure is shown in the dialog, next to the question, and the dialog stays open.
 */
export function ConfirmDialog(props: {
  title: ReactNode;
  message: ReactNode;
  confirmLabel: string;
  onConfirm: () => Promise<void>;
  onClose: () => void;
  testId?: string;
  danger?: boolean;
}) {
  const { t, language } = useI18n();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function confirm() {
    setBusy(true);
    setError(null);
    try {
      await props.onConfirm();
      props.onClose();
    } catch (failure) {
      setError(errorMessage(failure, t, language));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Dialog title={props.title} onClose={props.onClose} testId={props.testId} size="narrow" busy={busy}>
      <div className="dialog-message">{props.message}</div>
      {error && <div className="error-banner" role="alert">{error}</div>}
      <div className="actions">
        <button type="button" className={props.danger ? 'danger' : 'primary'} onClick={() => void confirm()} disabled={busy} data-testid="confirm-yes">
          {props.confirmLabel}
        </button>
        <button type="button" onClick={props.onClose} disabled={busy} data-autofocus>
          {t('common.cancel')}
        </button>
      </div>
    </Dialog>
  );
}
