import { useMemo } from 'react';
import type { Person, Post, Site } from '../../../../shared/domain';
import { defaultShiftRules } from '../../../../shared/domain/site';
import { checkShifts, shiftAvailability } from '../../../../shared/rules/leadership';
import type { BoardFacts, BoardProblem } from '../../../../shared/rules/shiftChecks';
import { useLive } from '../../../db/live/useLive';
import { peopleOfSite, postsOfSite } from '../queries';
import { boardShifts, type BoardShifts } from './queries';

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
  whyNot: ReturnType<typeof shiftAvailability>;
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
      assignments: data.assignments,
      posts: postList,
      people: peopleById,
      rules,
      now,
    }),
    [data, postList, peopleById, rules, now],
  );
  const problems = useMemo(() => checkShifts(facts, new Set(data.shown.map((s) => s.id))), [facts, data.shown]);
  const whyNot = useMemo(() => shiftAvailability(facts), [facts]);
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
