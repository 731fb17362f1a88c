import { useMemo } from 'react';
import type { Person, Post, Shift } from '../../../../shared/domain';
import type { BoardProblem } from '../../../../shared/rules/shiftChecks';
import { BoardCell, type CellEntry } from './BoardCell';
import type { BoardActions } from './boardActions';
import { ShiftHeader } from './ShiftHeader';
import type { BoardShifts } from './queries';
import { useI18n } from '../../../i18n/useI18n';

const key = (shiftId: string, postId: string | null) => `${shiftId}|${postId ?? ''}`;
const none: readonly never[] = [];

/**
 * Posts down the side, the shown shifts across the top, people in the cells. Cells are
 * grouped once per answer of the store, and each is memoised: a change redraws the cells
 * whose people or problems changed.
 */
export function BoardGrid({
  posts,
  shifts,
  peopleById,
  problems,
  describe,
  shiftLabel,
  selectedShiftId,
  actions,
}: {
  posts: readonly Post[];
  shifts: BoardShifts;
  peopleById: ReadonlyMap<string, Person>;
  problems: readonly BoardProblem[];
  describe: (p: BoardProblem) => string;
  shiftLabel: (s: Shift) => string;
  selectedShiftId: string | null;
  actions: BoardActions;
}) {
  const { t } = useI18n();
  const entries = useMemo(() => {
    const replaced = new Set(shifts.assignments.flatMap((a) => (a.replacesId === null ? [] : [a.replacesId])));
    const byCell = new Map<string, CellEntry[]>();
    for (const assignment of shifts.assignments) {
      const person = peopleById.get(assignment.personId);
      if (!person) continue;
      const k = key(assignment.shiftId, assignment.postId);
      const list = byCell.get(k) ?? [];
      list.push({ assignment, person, replaced: replaced.has(assignment.id) });
      byCell.set(k, list);
    }
    return byCell;
  }, [shifts.assignments, peopleById]);
  // One label a shift, not one a cell: a week is 21 shifts but 420 cells, and a label formats a day and two times.
  const labels = useMemo(() => new Map(shifts.shown.map((s) => [s.id, shiftLabel(s)])), [shifts.shown, shiftLabel]);
  const byCell = useMemo(() => {
    const map = new Map<string, { problem: BoardProblem; text: string }[]>();
    for (const problem of problems) {
      const k = key(problem.shiftId, problem.postId);
      const list = map.get(k) ?? [];
      list.push({ problem, text: describe(problem) });
      map.set(k, list);
    }
    return map;
  }, [problems, describe]);

  return (
    <div className="board-scroll">
      <table className="board" data-testid="board" aria-label={t('board.title')}>
        <thead>
          <tr>
            <th scope="col" className="board-corner">
              {t('board.post')}
            </th>
            {shifts.shown.map((shift) => (
              <ShiftHeader
                key={shift.id}
                shift={shift}
                label={labels.get(shift.id) ?? ''}
                leader={shift.leaderId === null ? null : (peopleById.get(shift.leaderId) ?? null)}
                problems={byCell.get(key(shift.id, null)) ?? none}
                selected={shift.id === selectedShiftId}
                actions={actions}
              />
            ))}
          </tr>
        </thead>
        <tbody>
          {posts.map((post) => (
            <tr key={post.id}>
              <th scope="row" className="board-post">
                {post.name}
                <span className="board-min">{t('board.minStaff', { min: post.minStaff })}</span>
              </th>
              {shifts.shown.map((shift) => (
                <BoardCell
                  key={shift.id}
                  post={post}
                  shift={shift}
                  shiftLabel={labels.get(shift.id) ?? ''}
                  entries={entries.get(key(shift.id, post.id)) ?? none}
                  problems={byCell.get(key(shift.id, post.id)) ?? none}
                  actions={actions}
                />
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
