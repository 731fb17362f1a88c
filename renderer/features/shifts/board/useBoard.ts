import { useMemo } from 'react';
import type { Assignment, Person, Post, Shift, Site } from '../../../../shared/domain';
import { defaultShiftRules } from '../../../../shared/domain/site';
import { availability, checkBoard, type BoardFacts, type BoardProblem } from '../../../../shared/rules/shiftChecks';
import { useLive } from '../../../db/live/useLive';
import { peopleOfSite, postsOfSite } from '../queries';
import { boardShifts, type BoardShifts } from './queries';

/** The post a shift's leadership stands at, for the rules: not on the board, shown on the shift's head. */
const LEADING = '(leading)';

/**
 * A shift's leader works the shift: leading counts for rest, hours in 24 h and being in two
 * places, like standing at a post (a leader is not counted at any post).
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

/** A problem of a leadership belongs to the shift's head (post null), as the no-leader one does. */
const onShiftHead = (p: BoardProblem): BoardProblem => ({
  ...p,
  postId: p.postId === LEADING ? null : p.postId,
  otherPostId: p.otherPostId === LEADING ? null : p.otherPostId,
});

const noShifts: BoardShifts = { shown: [], all: [], assignments: [] };
const noPosts: Post[] = [];
const noPeople: Person[] = [];

export interface Board {
  posts: Post[];
  people: Person[];
  peopleById: ReadonlyMap<string, Person>;
  shifts: BoardShifts;
  problems: BoardProblem[];
  /** What would be wrong with a person in a cell: the picker's order and its reasons. */
  whyNot: ReturnType<typeof availability>;
  loading: boolean;
}

/**
 * Everything the board shows for `days` local days from `from`: posts, people, shifts
 * and assignments (three live reads), and the problems the rules find in them, worked
 * out again only when one of those answers changes.
 */
export function useBoard(site: Site | null, from: string, days: number, now: number): Board {
  const siteId = site?.id ?? null;
  const timeZone = site?.timeZone ?? 'Asia/Shanghai';
  const posts = useLive(postsOfSite, siteId);
  const people = useLive(peopleOfSite, siteId);
  const shifts = useLive(boardShifts, siteId, from, days, timeZone);
  const rules = site?.shiftRules ?? defaultShiftRules;
  const postList = posts.data ?? noPosts;
  const peopleList = people.data ?? noPeople;
  const data = shifts.data ?? noShifts;
  const peopleById = useMemo(() => new Map(peopleList.map((p) => [p.id, p])), [peopleList]);
  const facts = useMemo<BoardFacts>(
    () => ({
      shifts: data.all,
      assignments: [...data.assignments, ...leaderships(data.all)],
      posts: postList,
      people: peopleById,
      rules,
      now,
    }),
    [data, postList, peopleById, rules, now],
  );
  const problems = useMemo(
    () => checkBoard(facts, new Set(data.shown.map((s) => s.id))).map(onShiftHead),
    [facts, data.shown],
  );
  const whyNot = useMemo(() => availability(facts), [facts]);
  return {
    posts: postList,
    people: peopleList,
    peopleById,
    shifts: data,
    problems,
    whyNot,
    loading: posts.loading || people.loading || shifts.loading,
  };
}
