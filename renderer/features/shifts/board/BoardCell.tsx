import { memo, type DragEvent } from 'react';
import type { Assignment, Person, Post, Shift } from '../../../../shared/domain';
import { isNotice, type BoardProblem } from '../../../../shared/rules/shiftChecks';
import { useI18n } from '../../../i18n/useI18n';
import { cellId, dragTypes, type BoardActions } from './boardActions';
import { sameCell } from './sameCell';

export interface CellEntry {
  assignment: Assignment;
  person: Person;
  /** Taken over mid-shift by someone else: shown, not counted. */
  replaced: boolean;
}

/**
 * One post in one shift: who stands there, filled against the minimum, the problems
 * found there in words, and the way to add someone (button, or a drop). Drawn again only
 * when what it shows changed (sameCell): one change on a week's board redraws one cell.
 */
export const BoardCell = memo(function BoardCell({
  post,
  shift,
  shiftLabel,
  entries,
  problems,
  actions,
}: {
  post: Post;
  shift: Shift;
  shiftLabel: string;
  entries: readonly CellEntry[];
  problems: readonly { problem: BoardProblem; text: string }[];
  actions: BoardActions;
}) {
  const { t } = useI18n();
  const filled = entries.filter((e) => !e.replaced).length;
  const flagged = problems.some(({ problem }) => !isNotice(problem.kind));
  const label = t('board.cellLabel', { post: post.name, shift: shiftLabel });

  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    const assignmentId = e.dataTransfer.getData(dragTypes.assignment);
    const personId = e.dataTransfer.getData(dragTypes.person);
    if (assignmentId) actions.move(assignmentId, shift.id, post.id);
    else if (personId) actions.assign(shift.id, post.id, personId);
  };

  return (
    <td
      className={`board-cell${flagged ? ' has-problem' : ''}`}
      onDragOver={(e) => e.preventDefault()}
      onDrop={onDrop}
      data-testid="board-cell"
    >
      <div role="group" aria-label={label} id={cellId(shift.id, post.id)} className="cell-body">
        <div className={`cell-count${filled < post.minStaff ? ' short' : ''}`}>
          {t('board.filled', { filled, min: post.minStaff })}
        </div>
        <ul className="cell-people">
          {entries.map(({ assignment, person, replaced }) => (
            <li
              key={assignment.id}
              className={replaced ? 'replaced' : undefined}
              draggable={assignment.checkedInAt === null}
              onDragStart={(e) => e.dataTransfer.setData(dragTypes.assignment, assignment.id)}
            >
              <span className="cell-person" data-testid="cell-person">
                {person.name}
              </span>
              {person.reserve && <span className="badge">{t('board.reserveBadge')}</span>}
              {replaced && <span className="badge">{t('board.replacedBadge')}</span>}
              {assignment.checkedInAt === null && (
                <button
                  type="button"
                  className="cell-remove"
                  aria-label={t('board.remove', { name: person.name, cell: label })}
                  onClick={() => actions.unassign(assignment.id)}
                >
                  ×
                </button>
              )}
            </li>
          ))}
        </ul>
        {problems.length > 0 && (
          <ul className="cell-problems">
            {problems.map(({ problem, text }, i) => (
              <li key={i} className={isNotice(problem.kind) ? 'notice' : 'problem'}>
                <span aria-hidden="true">{isNotice(problem.kind) ? 'ⓘ ' : '⚠ '}</span>
                {text}
              </li>
            ))}
          </ul>
        )}
        <button
          type="button"
          className="cell-add button-quiet"
          aria-label={t('board.addTo', { cell: label })}
          onClick={() => actions.openPicker(shift.id, post.id)}
        >
          {t('board.add')}
        </button>
      </div>
    </td>
  );
}, sameCell);
