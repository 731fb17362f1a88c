import type { Assignment, Shift } from '../domain';
import { availability, checkBoard, type BoardFacts, type BoardProblem, type ProblemKind } from './shiftChecks';

/** The post a shift's leadership stands at, for the rules: on no board row, shown on the shift's head. */
const LEADING = '(leading)';

/**
 * A shift's leader works the shift: leading counts for rest, hours in 24 h and being in two
 * places, like standing at a post, and fills no post.
 */
function leaderships(shifts: readonly Shift[]): Assignment[] {
  return shifts.flatMap((s) =>
    s.leaderId === null
      ? []
      : [
          {
            id: `${LEADING}${s.id}`,
            siteId: s.siteId,
            shiftId: s.id,
            postId: LEADING,
            personId: s.leaderId,
            checkedInAt: null,
            checkedOutAt: null,
            replacesId: null,
          },
        ],
  );
}

const withLeaders = (facts: BoardFacts): BoardFacts => ({
  ...facts,
  assignments: [...facts.assignments, ...leaderships(facts.shifts)],
});

/** A problem of a leadership belongs to the shift's head (post null), as the no-leader one does. */
const onShiftHead = (p: BoardProblem): BoardProblem =>
  p.postId !== LEADING && p.otherPostId !== LEADING
    ? p
    : {
        ...p,
        postId: p.postId === LEADING ? null : p.postId,
        otherPostId: p.otherPostId === LEADING ? null : p.otherPostId,
      };

/**
 * The board's problems with the shifts' leaders counted as working them: what the board,
 * the shift sheet and the wall screen all show. A leader's problems have post null.
 */
export function checkShifts(facts: BoardFacts, shown: ReadonlySet<string>): BoardProblem[] {
  return checkBoard(withLeaders(facts), shown).map(onShiftHead);
}

/** `availability` with the leaders' shifts counted; post '' asks about leading the shift. */
export function shiftAvailability(
  facts: BoardFacts,
): (personId: string, shiftId: string, postId: string) => ProblemKind[] {
  return availability(withLeaders(facts));
}
