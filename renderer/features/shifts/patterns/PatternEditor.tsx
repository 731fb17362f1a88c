import { useState } from 'react';
import type { ShiftPattern } from '../../../../shared/domain';
import { useCommand } from '../../../hooks/useCommand';
import { useI18n } from '../../../i18n/useI18n';
import { useServices } from '../../../services/useServices';
import { ErrorMessage } from '../../../ui/ErrorMessage';
import { readPattern, type PatternErrors, type PatternValues } from './patternForm';

/** Editing a pattern's name and slots (or a new one's), saved as one command. */
export function PatternEditor({
  siteId,
  opened,
  initial,
  timeZone,
  onDone,
}: {
  siteId: string;
  opened: ShiftPattern | null;
  initial: PatternValues;
  timeZone: string;
  onDone: () => void;
}) {
  const { t } = useI18n();
  const services = useServices();
  const { run, error, busy } = useCommand(timeZone);
  const [v, setV] = useState(initial);
  const [errors, setErrors] = useState<PatternErrors | null>(null);
  const setSlot = (i: number, field: keyof PatternValues['slots'][number], value: string) =>
    setV({ ...v, slots: v.slots.map((s, j) => (j === i ? { ...s, [field]: value } : s)) });

  const save = async () => {
    const read = readPattern(v);
    if ('errors' in read) {
      setErrors(read.errors);
      return;
    }
    setErrors(null);
    const ok = await run(async () => {
      const { patternCommands } = await import('./commands');
      if (opened) await patternCommands.updatePattern(services, { opened, ...read });
      else await patternCommands.createPattern(services, { siteId, ...read });
    });
    if (ok) onDone();
  };

  return (
    <form
      className="pattern-editor"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <label>
        <span>{t('patterns.name')}</span>
        <input
          data-autofocus
          value={v.name}
          maxLength={120}
          aria-invalid={errors?.name ? true : undefined}
          onChange={(e) => setV({ ...v, name: e.target.value })}
        />
        {errors?.name && <span className="field-error">{t(errors.name)}</span>}
      </label>
      <table className="table">
        <thead>
          <tr>
            <th scope="col">{t('patterns.slotName')}</th>
            <th scope="col">{t('patterns.slotStart')}</th>
            <th scope="col">{t('patterns.slotHours')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('patterns.removeSlot')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {v.slots.map((s, i) => {
            const e = errors?.slots[i] ?? {};
            const n = i + 1;
            return (
              <tr key={i}>
                <td>
                  <input
                    aria-label={t('patterns.slotNameN', { n })}
                    value={s.name}
                    maxLength={120}
                    aria-invalid={e.name ? true : undefined}
                    onChange={(ev) => setSlot(i, 'name', ev.target.value)}
                  />
                  {e.name && <span className="field-error">{t(e.name)}</span>}
                </td>
                <td>
                  <input
                    type="time"
                    aria-label={t('patterns.slotStartN', { n })}
                    value={s.start}
                    aria-invalid={e.start ? true : undefined}
                    onChange={(ev) => setSlot(i, 'start', ev.target.value)}
                  />
                  {e.start && <span className="field-error">{t(e.start)}</span>}
                </td>
                <td>
                  <input
                    inputMode="decimal"
                    aria-label={t('patterns.slotHoursN', { n })}
                    value={s.hours}
                    aria-invalid={e.hours ? true : undefined}
                    onChange={(ev) => setSlot(i, 'hours', ev.target.value)}
                  />
                  {e.hours && <span className="field-error">{t(e.hours)}</span>}
                </td>
                <td>
                  <button
                    type="button"
                    className="button-quiet"
                    disabled={v.slots.length === 1}
                    aria-label={t('patterns.removeSlotN', { n })}
                    onClick={() => setV({ ...v, slots: v.slots.filter((_, j) => j !== i) })}
                  >
                    {t('patterns.removeSlot')}
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <div className="dialog-actions">
        <button
          type="button"
          disabled={v.slots.length >= 12}
          onClick={() => setV({ ...v, slots: [...v.slots, { name: '', start: '08:00', hours: '8' }] })}
        >
          {t('patterns.addSlot')}
        </button>
        <button type="button" onClick={onDone}>
          {t('patterns.cancel')}
        </button>
        <button type="submit" className="button-primary" disabled={busy}>
          {t('patterns.save')}
        </button>
      </div>
      <ErrorMessage message={error} />
    </form>
  );
}
