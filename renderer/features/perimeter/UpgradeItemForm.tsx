import { useMemo, useState, type SyntheticEvent } from 'react';
import type { PerimeterWork, UpgradeItem } from '../../../shared/domain';
import { useServices } from '../../services/useServices';
import { useLive } from '../../db/live/useLive';
import { worksOfSite } from '../../db/queries/siteWorks';
import { upgradeItem } from './queries';
import { useCommand } from '../../hooks/useCommand';
import { useI18n } from '../../i18n/useI18n';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { formValuesOf, readForm, type ItemFormErrors, type ItemFormValues } from './itemForm';
import { MoveBack } from './MoveBack';
import { workName } from '../../ui/workName';
import { orderWorks } from '../../../shared/rules/workOrder';
import { DialogActions } from '../../ui/DialogActions';
import { fieldErrors } from '../../ui/fieldErrors';

/**
 * Add or edit an item. What was typed stays on any error (field checks here, the
 * command's own checks after), so a half-filled form is never lost.
 */
export function UpgradeItemForm({
  siteId,
  item,
  timeZone,
  onDone,
  presetWorkId,
}: {
  siteId: string;
  item: UpgradeItem | null;
  /** A new item started from a feature on the map comes already linked to it. */
  presetWorkId?: string | undefined;
  timeZone: string;
  onDone: () => void;
}) {
  const { t } = useI18n();
  const services = useServices();
  const works = useLive(worksOfSite, siteId).data;
  const [values, setValues] = useState<ItemFormValues>(() => ({
    ...formValuesOf(item, timeZone),
    ...(item === null && presetWorkId ? { workId: presetWorkId } : {}),
  }));
  const [errors, setErrors] = useState<ItemFormErrors>({});
  const { run, error, changedSince, busy, clearError } = useCommand(timeZone);
  // The item as the form's values came from it: an edit saved over a later change is refused.
  const [opened, setOpened] = useState(item);
  const stored = useLive(upgradeItem, item?.id ?? null).data;
  const set = (k: keyof ItemFormValues) => (e: { target: { value: string } }) =>
    setValues({ ...values, [k]: e.target.value });

  const submit = async (e: SyntheticEvent) => {
    e.preventDefault();
    const read = readForm(values, timeZone);
    if ('errors' in read) return setErrors(read.errors);
    setErrors({});
    const ok = await run(async () => {
      const { perimeterCommands } = await import('./commands');
      return opened
        ? perimeterCommands.updateUpgradeItem(services, { opened, fields: read.fields })
        : perimeterCommands.createUpgradeItem(services, { siteId, fields: read.fields });
    });
    if (ok) onDone();
  };
  // Saved over by someone else since the form opened: start again from the item as it is now.
  const reload = () => {
    if (!stored) return;
    setOpened(stored);
    setValues(formValuesOf(stored, timeZone));
    setErrors({});
    clearError();
  };

  const { fieldError, invalid } = fieldErrors('upgrade', errors, t);
  // In the order W steps through them on the map; an unnamed work goes by its kind alone.
  const sortedWorks = useMemo(() => orderWorks(works ?? [], (w) => workName(w, t)), [works, t]);
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
      {opened && <MoveBack item={stored ?? opened} onMoved={onDone} />}
      <ErrorMessage message={error} onDismiss={clearError} onReload={changedSince && stored ? reload : undefined} />
      <DialogActions cancel={t('perimeter.cancel')} onCancel={onDone} confirm={t('perimeter.save')} disabled={busy} />
    </form>
  );
}
