import { useMemo, useState, type SyntheticEvent } from 'react';
import type { PerimeterWork, UpgradeItem } from '../../../shared/domain';
import { useServices } from '../../app/ServicesContext';
import { useCommand } from '../../hooks/useCommand';
import { useI18n } from '../../i18n/useI18n';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { formValuesOf, readForm, type ItemFormErrors, type ItemFormValues } from './itemForm';
import { MoveBack } from './MoveBack';
import { workName } from './workName';
import { orderWorks } from '../map/workOrder';
import { DialogActions } from '../../ui/DialogActions';
import { fieldErrors } from '../../ui/fieldErrors';

/**
 * Add or edit an item. What was typed stays on any error (field checks here, the
 * command's own checks after), so a half-filled form is never lost.
 */
export function UpgradeItemForm({
  siteId,
  item,
  works,
  timeZone,
  onDone,
  presetWorkId,
}: {
  siteId: string;
  item: UpgradeItem | null;
  /** A new item started from a feature on the map comes already linked to it. */
  presetWorkId?: string | undefined;
  works: Map<string, PerimeterWork>;
  timeZone: string;
  onDone: () => void;
}) {
  const { t } = useI18n();
  const services = useServices();
  const [values, setValues] = useState<ItemFormValues>(() => ({
    ...formValuesOf(item, timeZone),
    ...(item === null && presetWorkId ? { workId: presetWorkId } : {}),
  }));
  const [errors, setErrors] = useState<ItemFormErrors>({});
  const { run, error, busy, clearError } = useCommand();
  const set = (k: keyof ItemFormValues) => (e: { target: { value: string } }) =>
    setValues({ ...values, [k]: e.target.value });

  const submit = async (e: SyntheticEvent) => {
    e.preventDefault();
    const read = readForm(values, timeZone);
    if ('errors' in read) return setErrors(read.errors);
    setErrors({});
    const ok = await run(async () => {
      const data = await import('./data');
      return item
        ? data.updateUpgradeItem(services, item.id, read.fields)
        : data.createUpgradeItem(services, siteId, read.fields);
    });
    if (ok) onDone();
  };

  const { fieldError, invalid } = fieldErrors('upgrade', errors, t);
  // In the order W steps through them on the map; an unnamed work goes by its kind alone.
  const sortedWorks = useMemo(() => orderWorks([...works.values()], (w) => workName(w, t)), [works, t]);
  const optionText = (w: PerimeterWork) =>
    w.label ? t('perimeter.workOption', { name: w.label, kind: t(`workKind.${w.kind}`) }) : workName(w, t);

  return (
    <form className="upgrade-form" noValidate onSubmit={(e) => void submit(e)}>
      <label className="field">
        <span>{t('field.title')}</span>
        <input value={values.title} onChange={set('title')} maxLength={120} data-autofocus {...invalid('title')} />
        {fieldError('title')}
      </label>
      <label className="field">
        <span>{t('field.workId')}</span>
        <select value={values.workId} onChange={set('workId')}>
          <option value="">{t('perimeter.noWork')}</option>
          {sortedWorks.map((w) => (
            <option key={w.id} value={w.id}>
              {optionText(w)}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>{t('field.responsible')}</span>
        <input value={values.responsible} onChange={set('responsible')} maxLength={120} />
      </label>
      <div className="upgrade-form-dates">
        <label className="field">
          <span>{t('field.plannedStart')}</span>
          <input
            type="datetime-local"
            value={values.plannedStart}
            onChange={set('plannedStart')}
            {...invalid('plannedStart')}
          />
          {fieldError('plannedStart')}
        </label>
        <label className="field">
          <span>{t('field.plannedEnd')}</span>
          <input
            type="datetime-local"
            value={values.plannedEnd}
            onChange={set('plannedEnd')}
            {...invalid('plannedEnd')}
          />
          {fieldError('plannedEnd')}
        </label>
      </div>
      <label className="field">
        <span>{t('field.notes')}</span>
        <textarea value={values.notes} onChange={set('notes')} maxLength={2000} rows={3} />
      </label>
      {item && <MoveBack item={item} onMoved={onDone} />}
      <ErrorMessage message={error} onDismiss={clearError} />
      <DialogActions cancel={t('perimeter.cancel')} onCancel={onDone} confirm={t('perimeter.save')} disabled={busy} />
    </form>
  );
}
