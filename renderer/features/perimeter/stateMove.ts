import type { UpgradeItem, WorkState } from '../../../shared/domain';
import { workStates } from '../../../shared/domain/perimeterValues';

type StateFields = Pick<UpgradeItem, 'state' | 'actualStart' | 'actualEnd' | 'checkedBy' | 'checkedAt'>;

const rank = (s: WorkState) => workStates.indexOf(s);

/** The state one click moves to ("start", "finish", "check"); null once checked. */
export function nextState(state: WorkState): WorkState | null {
  return workStates[rank(state) + 1] ?? null;
}

export function previousState(state: WorkState): WorkState | null {
  return rank(state) > 0 ? (workStates[rank(state) - 1] ?? null) : null;
}

/**
 * The state and dates an item gets when moved to `to` at `now`, so its dates always tell
 * its story (the progress chart is deduced from them):
 * - forward: each step reached gets `now` unless it already has a date (a skipped step
 *   is dated when it is passed: planned → done sets start and end);
 * - back: the dates of the states left behind are cleared (a check that is undone no
 *   longer names a checker), the earlier ones kept;
 * - a date is never set before the one of the step it follows, even if the clock lags.
 */
export function moveState(item: StateFields, to: WorkState, now: number, by: string): StateFields {
  const r = rank(to);
  const actualStart = r >= 1 ? (item.actualStart ?? now) : null;
  const actualEnd = r >= 2 ? (item.actualEnd ?? Math.max(now, actualStart ?? now)) : null;
  const checked = r >= 3;
  const checkedAt = checked
    ? item.state === 'checked' && item.checkedAt !== null
      ? item.checkedAt
      : Math.max(now, actualEnd ?? now)
    : null;
  const checkedBy = checked ? (item.state === 'checked' && item.checkedBy ? item.checkedBy : by) : '';
  return { state: to, actualStart, actualEnd, checkedBy, checkedAt };
}
