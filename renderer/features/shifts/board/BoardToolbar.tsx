import { useState } from 'react';
import type { ShiftPattern, Site } from '../../../../shared/domain';
import { addDays } from '../../../../shared/time/zoned';
import { useI18n } from '../../../i18n/useI18n';
import { DayExportButton } from '../peopleIO/DayExportButton';
import { sheetLinks } from '../../../services/sheetLinks';
import { PatternSelect } from '../patterns/PatternSelect';

export const dayChoices = [1, 3, 7] as const;

/**
 * Which days the board shows, and what can be done to them at once: make a pattern's
 * shifts for the shown days, copy the first shown day's plan to the next days, export the day.
 */
export function BoardToolbar({
  site,
  from,
  days,
  patterns,
  missingShifts,
  busy,
  onFrom,
  onDays,
  onGenerate,
  onCopy,
}: {
  site: Site | null;
  from: string;
  days: number;
  patterns: readonly ShiftPattern[];
  missingShifts: boolean;
  busy: boolean;
  onFrom: (date: string) => void;
  onDays: (days: number) => void;
  onGenerate: (patternId: string) => void;
  onCopy: (count: number) => void;
}) {
  const { t } = useI18n();
  const [patternId, setPatternId] = useState('');
  const [copyDays, setCopyDays] = useState(1);
  const chosenPattern = patterns.find((p) => p.id === patternId) ?? patterns[0];
  return (
    <div className="board-toolbar">
      <div className="board-days" role="group" aria-label={t('board.daysShown')}>
        <button type="button" onClick={() => onFrom(addDays(from, -1))}>
          {t('board.prevDay')}
        </button>
        <label>
          <span>{t('board.from')}</span>
          <input
            type="date"
            value={from}
            required
            onChange={(e) => {
              if (/^\d{4}-\d{2}-\d{2}$/.test(e.target.value)) onFrom(e.target.value);
            }}
          />
        </label>
        <button type="button" onClick={() => onFrom(addDays(from, 1))}>
          {t('board.nextDay')}
        </button>
        <label>
          <span>{t('board.days')}</span>
          <select value={days} onChange={(e) => onDays(Number(e.target.value))}>
            {dayChoices.map((d) => (
              <option key={d} value={d}>
                {t('board.dayCount', { count: d })}
              </option>
            ))}
          </select>
        </label>
      </div>
      {patterns.length > 0 && (
        <div className="board-generate" role="group" aria-label={t('board.generateGroup')}>
          {missingShifts && <span className="flag">{t('board.missingShifts')}</span>}
          <PatternSelect
            label={t('board.pattern')}
            patterns={patterns}
            value={chosenPattern?.id ?? ''}
            onChange={setPatternId}
          />
          <button
            type="button"
            disabled={busy || !chosenPattern}
            onClick={() => chosenPattern && onGenerate(chosenPattern.id)}
          >
            {t('board.generate', { count: days })}
          </button>
        </div>
      )}
      <div className="board-copy" role="group" aria-label={t('board.copyGroup')}>
        <label>
          <span>{t('board.copyDays')}</span>
          <input
            type="number"
            min={1}
            max={14}
            value={copyDays}
            onChange={(e) => setCopyDays(Math.max(1, Math.min(14, Math.round(Number(e.target.value) || 1))))}
          />
        </label>
        <button type="button" disabled={busy} onClick={() => onCopy(copyDays)}>
          {t('board.copy', { date: from, count: copyDays })}
        </button>
      </div>
      <DayExportButton site={site} date={from} />
      <a className="button-secondary" href={sheetLinks.dayRoster(from)}>
        {t('board.printDay', { date: from })}
      </a>
    </div>
  );
}
