import type { BoardProblem } from '../../../../shared/rules/shiftChecks';
import type { CellEntry } from './BoardCell';

/** What a cell draws from, as BoardCell takes it. */
export interface CellProps {
  post: object;
  shift: object;
  shiftLabel: string;
  entries: readonly CellEntry[];
  problems: readonly { problem: BoardProblem; text: string }[];
  actions: object;
}

/**
 * Whether a cell would draw the same: the board groups its cells' people and problems
 * into new lists on every answer of the store, so comparing the lists themselves would
 * redraw all 420 cells of a week for one change. The rows in them are kept as they were
 * when unchanged (keepUnchanged), so comparing the items is enough.
 */
export function sameCell(a: CellProps, b: CellProps): boolean {
  return (
    a.post === b.post &&
    a.shift === b.shift &&
    a.shiftLabel === b.shiftLabel &&
    a.actions === b.actions &&
    sameItems(
      a.entries,
      b.entries,
      (x, y) => x.assignment === y.assignment && x.person === y.person && x.replaced === y.replaced,
    ) &&
    sameItems(a.problems, b.problems, (x, y) => x.text === y.text && x.problem.kind === y.problem.kind)
  );
}

function sameItems<T>(a: readonly T[], b: readonly T[], same: (x: T, y: T) => boolean): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  return a.every((x, i) => {
    const y = b[i];
    return y !== undefined && same(x, y);
  });
}
