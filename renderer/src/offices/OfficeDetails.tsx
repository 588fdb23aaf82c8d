// One office: its fields, and the actions on it (edit, add a sub-office, move, (de)activate, delete).
import { useState, type FormEvent } from 'react';
import type { Office } from '../../../electron/backend/api/contract.js';
import { call } from '../api/client.js';
import { ErrorBanner, FieldError } from '../components/Field.js';
import { useApiError } from '../components/useApiError.js';
import { useI18n } from '../i18n/index.js';
import { OfficeFormFields } from './OfficeFormFields.js';
import { emptyOfficeForm, formToFields, officeToForm, TEXT_FIELDS } from './office-form-state.js';
import { subtreeIds } from './office-tree.js';
import { OfficeVersions } from './OfficeVersions.js';
import { ConfirmDialog } from '../components/Dialog.js';
import { officeName } from './office-tree.js';

type Mode = 'view' | 'edit' | 'add' | 'move';

export function OfficeDetails(props: {
  office: Office;
  allOffices: Office[];
  onChanged: () => Promise<void>;
  onSelect: (id: number) => void;
}) {
  const { t, digits, language } = useI18n();
  const { office, allOffices } = props;
  const [mode, setMode] = useState<Mode>('view');
  const [confirmingDelete, setConfirmingDelete] = useState(false);
  const [form, setForm] = useState(officeToForm(office));
  const [newParent, setNewParent] = useState<string>('');
  const errors = useApiError();
  const parent = allOffices.find((o) => o.id === office.parentId);

  function start(next: Mode) {
    errors.clear();
    setForm(next === 'add' ? emptyOfficeForm(office.isOwn ? 'department' : 'district') : officeToForm(office));
    setMode(next);
  }

  async function run(action: () => Promise<unknown>) {
    errors.clear();
    try {
      await action();
      setMode('view');
      await props.onChanged();
    } catch (error) {
      errors.capture(error);
    }
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (mode === 'edit') await run(() => call('offices.update', { id: office.id, ...formToFields(form) }));
    if (mode === 'add') {
      await run(async () => {
        const created = await call('offices.create', { parentId: office.id, ...formToFields(form) });
        props.onSelect(created.id);
      });
    }
  }

  const excluded = subtreeIds(allOffices, office.id);
  return (
    <div data-testid="office-details">
      <h2>{officeName(office, language)}</h2>
      <p className="muted">
        {t(`office.levels.${office.level}`)}
        {office.isOwn ? ` · ${t('office.own')}` : ''}
        {parent ? ` · ${t('office.parent')}: ${officeName(parent, language)}` : ''}
        {office.active ? '' : ` · ${t('office.inactive')}`}
      </p>

      {mode === 'view' && (
        <>
          <dl className="details">
            {TEXT_FIELDS.filter((k) => k !== 'nameBn' && office[k]).map((k) => (
              <div key={k}>
                <dt>{t(`office.${k}`)}</dt>
                <dd>{k === 'memoPrefix' || k === 'phone' ? digits(office[k]!) : office[k]}</dd>
              </div>
            ))}
          </dl>
          <div className="actions">
            <button type="button" onClick={() => start('add')} data-testid="add-sub-office">{t('office.add')}</button>
            <button type="button" onClick={() => start('edit')}>{t('common.edit')}</button>
            {!office.isOwn && <button type="button" onClick={() => start('move')}>{t('office.move')}</button>}
            {!office.isOwn && (
              <button type="button" onClick={() => void run(() => call('offices.setActive', { id: office.id, active: !office.active }))}>
                {office.active ? t('office.deactivate') : t('office.activate')}
              </button>
            )}
            {!office.isOwn && (
              <button
                type="button"
                className="danger"
                disabled={office.hasData}
                title={office.hasData ? t('office.hasData') : undefined}
                onClick={() => { errors.clear(); setConfirmingDelete(true); }}
                data-testid="office-delete"
              >
                {t('office.delete')}
              </button>
            )}
          </div>
        </>
      )}

      {(mode === 'edit' || mode === 'add') && (
        <form onSubmit={submit} noValidate data-testid="office-form">
          <h3>{mode === 'add' ? t('office.addUnder', { name: officeName(office, language) }) : t('office.editTitle')}</h3>
          <OfficeFormFields prefix="office" form={form} onChange={setForm} errors={errors.fields} />
          <FieldError code={errors.fields.parentId} />
          <ErrorBanner>{errors.message}</ErrorBanner>
          <div className="actions">
            <button type="submit" className="primary">{t('common.save')}</button>
            <button type="button" onClick={() => setMode('view')}>{t('common.cancel')}</button>
          </div>
        </form>
      )}

      {mode === 'move' && (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void run(() => call('offices.move', { id: office.id, parentId: Number(newParent) }));
          }}
        >
          <label htmlFor="move-parent">{t('office.parent')}</label>
          <select id="move-parent" value={newParent} onChange={(e) => setNewParent(e.target.value)}>
            <option value="" />
            {allOffices
              .filter((o) => !excluded.has(o.id) && o.active)
              .map((o) => (
                <option key={o.id} value={o.id}>{officeName(o, language)}</option>
              ))}
          </select>
          <FieldError code={errors.fields.parentId} />
          <ErrorBanner>{errors.message}</ErrorBanner>
          <div className="actions">
            <button type="submit" className="primary" disabled={!newParent}>{t('common.save')}</button>
            <button type="button" onClick={() => setMode('view')}>{t('common.cancel')}</button>
          </div>
        </form>
      )}
      {mode === 'view' && <ErrorBanner>{errors.message}</ErrorBanner>}
      {mode === 'view' && <OfficeVersions office={office} onChanged={props.onChanged} />}
      {confirmingDelete && (
        <ConfirmDialog
          testId="office-delete-confirm"
          danger
          title={t('registry.office.confirmDeleteTitle')}
          message={<p>{t('registry.office.confirmDelete', { name: officeName(office, language) })}</p>}
          confirmLabel={t('office.delete')}
          onConfirm={async () => {
            await call('offices.delete', { id: office.id });
            if (office.parentId !== null) props.onSelect(office.parentId);
            await props.onChanged();
          }}
          onClose={() => setConfirmingDelete(false)}
        />
      )}
    </div>
  );
}
