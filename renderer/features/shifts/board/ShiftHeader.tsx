import { memo } from 'react';
import type { Person, Shift } from '../../../../shared/domain';
import type { BoardProblem } from '../../../../shared/rules/shiftChecks';
import { useI18n } from '../../../i18n/useI18n';
import { sheetLinks } from '../../../services/sheetLinks';
import { leaderId, type BoardActions } from './boardActions';

/** A shift's column head: its name, day and times, its leader (带班) and the way to choose one. */
export const ShiftHeader = memo(function ShiftHeader({
  shift,
  label,
  leader,
  problems,
  selected,
  actions,
}: {
  shift: Shift;
  label: string;
  leader: Person | null;
  problems: readonly { problem: BoardProblem; text: string }[];
  selected: boolean;
  actions: BoardActions;
}) {
  const { t } = useI18n();
  return (
    <th
      scope="col"
      className={`board-shift${selected ? ' selected' : ''}${problems.length > 0 ? ' has-problem' : ''}`}
      aria-current={selected || undefined}
      onClick={() => actions.select(shift.id)}
    >
      <div className="board-shift-name">{label}</div>
      <div className="board-leader">
        <span>{t('board.leader')}: </span>
        <strong>{leader ? leader.name : t('board.noLeader')}</strong>
      </div>
      <button
        type="button"
        id={leaderId(shift.id)}
        className="button-quiet"
        aria-label={t('board.chooseLeaderFor', { shift: label })}
        onClick={() => actions.openPicker(shift.id, null)}
      >
        {t('board.chooseLeader')}
      </button>
      <a
        className="button-quiet"
        href={sheetLinks.shift(shift.id, shift.date)}
        aria-label={t('board.printSheetFor', { shift: label })}
        onClick={(e) => e.stopPropagation()}
      >
        {t('board.printSheet')}
      </a>
      {problems.map(({ text }, i) => (
        <div key={i} className="board-shift-problem">
          <span aria-hidden="true">⚠ </span>
          {text}
        </div>
      ))}
    </th>
  );
});
