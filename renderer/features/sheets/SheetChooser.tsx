import type { Shift } from '../../../shared/domain';
import { sheetKinds } from '../../../shared/print/sheetFiles';
import { shiftRangeText } from '../../../shared/rules/shiftTimes';
import { useI18n } from '../../i18n/useI18n';
import { ChoiceSelect } from '../../ui/ChoiceSelect';
import { coversShift, logScopes, type SheetChoice } from './sheetChoice';

/** Which document, which day, which shift: the sheets screen's form. */
export function SheetChooser({
  choice,
  shifts,
  shift,
  timeZone,
  onChange,
}: {
  choice: SheetChoice;
  shifts: readonly Shift[];
  /** The shift the choice resolves to. */
  shift: Shift | null;
  timeZone: string;
  onChange: (next: SheetChoice) => void;
}) {
  const { t } = useI18n();
  const range = (s: Shift) => {
    const { start, end } = shiftRangeText(s.startsAt, s.endsAt, timeZone);
    return `${s.name} ${start}–${end}`;
  };
  const shiftIds = shifts.map((s) => s.id);
  const shiftLabel = (id: string) => {
    const s = shifts.find((x) => x.id === id);
    return s ? range(s) : '';
  };
  return (
    <fieldset className="sheets-chooser">
      <legend>{t('sheets.screen.choose')}</legend>
      <label>
        {t('sheets.screen.document')}
        <ChoiceSelect
          value={choice.kind}
          choices={sheetKinds}
          labelOf={(k) => t(`sheets.kind.${k}`)}
          onChoose={(kind) => onChange({ ...choice, kind })}
        />
      </label>
      {choice.kind === 'activity-log' && (
        <label>
          {t('sheets.screen.scope')}
          <ChoiceSelect
            value={choice.scope}
            choices={logScopes}
            labelOf={(s) => t(`sheets.scope.${s}`)}
            onChoose={(scope) => onChange({ ...choice, scope })}
          />
        </label>
      )}
      <label>
        {t('sheets.screen.date')}
        <input
          type="date"
          value={choice.date}
          required
          onChange={(e) => {
            if (/^\d{4}-\d{2}-\d{2}$/.test(e.target.value)) onChange({ ...choice, date: e.target.value, shift: '' });
          }}
        />
      </label>
      {coversShift(choice) && (
        <label>
          {t('sheets.screen.shift')}
          {shiftIds.length === 0 ? (
            <output>{t('sheets.screen.noShifts')}</output>
          ) : (
            <ChoiceSelect
              value={shift?.id ?? shiftIds[0] ?? ''}
              choices={shiftIds}
              labelOf={shiftLabel}
              onChoose={(shift) => onChange({ ...choice, shift })}
            />
          )}
        </label>
      )}
    </fieldset>
  );
}
