import type { Assignment, Person, Post, Shift, ShiftRules } from '../domain';
import { compareNames } from './nameOrder';

/**
 * What the assignment board flags, in the order it lists them for one post of one shift.
 * The staffing kinds are about a post, the person kinds about one assignment, 'no-leader'
 * about a whole shift.
 */
export const problemKinds = [
  'unstaffed',
  'below-minimum',
  'double-booked',
  'short-rest',
  'too-many-hours',
  'stood-down',
  'reserve-call-up',
  'no-leader',
] as const;
export type ProblemKind = (typeof problemKinds)[number];

/** 'reserve-call-up' is allowed but flagged and counted: a notice, not a problem. */
export function isNotice(kind: ProblemKind): boolean {
  return kind === 'reserve-call-up';
}

export interface BoardProblem {
  kind: ProblemKind;
  shiftId: string;
  /** null only for 'no-leader'. */
  postId: string | null;
  /** The person concerned (person kinds), else null. */
  personId: string | null;
  /** double-booked / short-rest: the other assignment's shift (and post below); else null. */
  otherShiftId: string | null;
  otherPostId: string | null;
  /** unstaffed/below-minimum: staff filled; short-rest: rest minutes; too-many-hours: minutes worked in the 24 h window; others 0. */
  value: number;
  /** Post minimum / rules.minRestMinutes / rules.maxMinutesPer24h; others 0. */
  limit: number;
}

export interface BoardFacts {
  /** The shown shifts plus neighbours (a day before/after) for rest and hours. */
  shifts: readonly Shift[];
  /** Of those shifts. */
  assignments: readonly Assignment[];
  posts: readonly Post[];
  people: ReadonlyMap<string, Person>;
  rules: ShiftRules;
  /** Epoch ms. */
  now: number;
}

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

interface Span {
  start: number;
  end: number;
}

/** When one person is at a post: the assignment's working interval, end exclusive. */
interface Work extends Span {
  assignment: Assignment;
  shift: Shift;
  person: Person;
}

/** The ids of the assignments another one took over (a swap); null among them matches no id. */
function replacedIds(assignments: readonly Assignment[]): ReadonlySet<string | null> {
  return new Set(assignments.map((a) => a.replacesId));
}

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/**
 * Each person's work, in start order. A replacement (a swap) starts when it checked in, a
 * replaced assignment ends when it checked out; without those times, at the shift's own
 * start and end. Assignments of people or shifts that no longer exist, and stretches of
 * no length (checked out before the shift began), are left out.
 */
function workByPerson(
  facts: BoardFacts,
  shifts: ReadonlyMap<string, Shift>,
  replaced: ReadonlySet<string | null>,
): Map<string, Work[]> {
  const byPerson = new Map<string, Work[]>();
  for (const assignment of facts.assignments) {
    const shift = shifts.get(assignment.shiftId);
    const person = facts.people.get(assignment.personId);
    if (!shift || !person) continue;
    const start = assignment.replacesId === null ? shift.startsAt : (assignment.checkedInAt ?? shift.startsAt);
    const end = replaced.has(assignment.id) ? (assignment.checkedOutAt ?? shift.endsAt) : shift.endsAt;
    if (end <= start) continue;
    const list = byPerson.get(assignment.personId) ?? [];
    list.push({ assignment, shift, person, start, end });
    byPerson.set(assignment.personId, list);
  }
  for (const list of byPerson.values()) list.sort((a, b) => a.start - b.start);
  return byPerson;
}

/** Time worked between `from` and `to`; work at two posts at once counts once. `works` in start order. */
function workedIn(works: readonly Span[], from: number, to: number): number {
  let total = 0;
  let covered = from;
  for (const w of works) {
    const start = Math.max(w.start, covered);
    const end = Math.min(w.end, to);
    total += Math.max(0, end - start);
    covered = Math.max(covered, end);
  }
  return total;
}

/** The rest between two stretches of work, or Infinity when they overlap. */
function restBetween(a: Span, b: Span): number {
  if (a.end <= b.start) return b.start - a.end;
  if (b.end <= a.start) return a.start - b.end;
  return Infinity;
}

interface Found {
  problem: BoardProblem;
  shiftRank: number;
  postRank: number;
  name: string;
}

/**
 * Every problem in the shown shifts, ordered by shift start (shifts starting together in
 * the order given), then post order (problems at a post no longer listed, then the
 * shift's own 'no-leader', after every post), then kind order as in `problemKinds`, then
 * the person's name.
 *
 * - Staffing, per shown shift and post: the assignments of that shift and post whose
 *   person exists and which no other assignment replaces (`replacesId`) are counted, so
 *   a swap fills the post once. None at a post with a minimum is 'unstaffed' (a post with
 *   minimum 0 and nobody is fine); fewer than the minimum is 'below-minimum'; exactly the
 *   minimum is fine. value: people counted, limit: the minimum.
 * - 'double-booked': one person's two stretches of work overlap (a shift ending 08:00 and
 *   one starting 08:00 do not), also two posts in one shift. Reported on each of the two
 *   that lies in a shown shift, other* naming the other one.
 * - 'short-rest': the rest before a stretch of work, from the latest end at or before its
 *   start, is under `rules.minRestMinutes` (exactly the minimum is fine; back to back is
 *   0 minutes). Reported once, on the later one if its shift is shown, else on the
 *   earlier. value: rest in whole minutes, rounded down.
 * - 'too-many-hours': a 24 h window starting at any stretch's start holds more than
 *   `rules.maxMinutesPer24h` of work (exactly the maximum is fine). Reported on the stretch
 *   in the window that ends last, once however many windows name it. value: the most
 *   minutes worked in such a window, rounded up.
 * - 'stood-down': the person is stood down (`active` false) and the shift ends after
 *   `now`; past shifts are history and are not flagged.
 * - 'reserve-call-up': the person is in the reserve (a notice, see `isNotice`).
 * - 'no-leader': a shown shift whose leader is unset or names nobody in `people`.
 */
export function checkBoard(facts: BoardFacts, shown: ReadonlySet<string>): BoardProblem[] {
  const shifts = new Map(facts.shifts.map((s) => [s.id, s]));
  const replaced = replacedIds(facts.assignments);
  const shownShifts = facts.shifts.filter((s) => shown.has(s.id)).sort((a, b) => a.startsAt - b.startsAt);
  const shiftRank = new Map(shownShifts.map((s, i) => [s.id, i]));
  const posts = [...facts.posts].sort((a, b) => a.order - b.order);
  const postRank = new Map(posts.map((p, i) => [p.id, i]));
  const found: Found[] = [];

  const add = (shiftId: string, rank: number, problem: Omit<BoardProblem, 'shiftId'>, name = ''): void => {
    found.push({ problem: { ...problem, shiftId }, shiftRank: shiftRank.get(shiftId) ?? 0, postRank: rank, name });
  };
  const addForWork = (w: Work, kind: ProblemKind, other: Work | null, value: number, limit: number): void => {
    const problem = {
      kind,
      postId: w.assignment.postId,
      personId: w.assignment.personId,
      otherShiftId: other?.shift.id ?? null,
      otherPostId: other?.assignment.postId ?? null,
      value,
      limit,
    };
    add(w.shift.id, postRank.get(w.assignment.postId) ?? posts.length, problem, w.person.name);
  };

  checkStaffing(facts, shownShifts, posts, replaced, (shiftId, post, kind, filled) =>
    add(shiftId, postRank.get(post.id) ?? 0, {
      kind,
      postId: post.id,
      personId: null,
      otherShiftId: null,
      otherPostId: null,
      value: filled,
      limit: post.minStaff,
    }),
  );

  const isShown = (w: Work): boolean => shown.has(w.shift.id);
  for (const works of workByPerson(facts, shifts, replaced).values()) {
    for (const w of works) {
      if (!isShown(w)) continue;
      for (const other of works) if (other !== w && overlaps(w, other)) addForWork(w, 'double-booked', other, 0, 0);
    }
    checkRest(works, facts.rules, isShown, (at, other, gap) =>
      addForWork(at, 'short-rest', other, Math.floor(gap / MINUTE), facts.rules.minRestMinutes),
    );
    for (const [w, worked] of overworked(works, facts.rules)) {
      if (isShown(w)) addForWork(w, 'too-many-hours', null, Math.ceil(worked / MINUTE), facts.rules.maxMinutesPer24h);
    }
  }

  for (const a of facts.assignments) {
    const shift = shifts.get(a.shiftId);
    const person = facts.people.get(a.personId);
    if (!shift || !person || !shown.has(shift.id)) continue;
    const w: Work = { assignment: a, shift, person, start: shift.startsAt, end: shift.endsAt };
    if (!person.active && shift.endsAt > facts.now) addForWork(w, 'stood-down', null, 0, 0);
    if (person.reserve) addForWork(w, 'reserve-call-up', null, 0, 0);
  }

  for (const shift of shownShifts) {
    if (shift.leaderId === null || !facts.people.has(shift.leaderId)) {
      add(shift.id, posts.length, {
        kind: 'no-leader',
        postId: null,
        personId: null,
        otherShiftId: null,
        otherPostId: null,
        value: 0,
        limit: 0,
      });
    }
  }

  const kindRank = (k: ProblemKind): number => problemKinds.indexOf(k);
  return found
    .sort(
      (a, b) =>
        a.shiftRank - b.shiftRank ||
        a.postRank - b.postRank ||
        kindRank(a.problem.kind) - kindRank(b.problem.kind) ||
        compareNames(a.name, b.name),
    )
    .map((f) => f.problem);
}

function checkStaffing(
  facts: BoardFacts,
  shownShifts: readonly Shift[],
  posts: readonly Post[],
  replaced: ReadonlySet<string | null>,
  report: (shiftId: string, post: Post, kind: 'unstaffed' | 'below-minimum', filled: number) => void,
): void {
  const filled = new Map<string, number>();
  const key = (shiftId: string, postId: string): string => `${shiftId}\u0000${postId}`;
  for (const a of facts.assignments) {
    if (replaced.has(a.id) || !facts.people.has(a.personId)) continue;
    filled.set(key(a.shiftId, a.postId), (filled.get(key(a.shiftId, a.postId)) ?? 0) + 1);
  }
  for (const shift of shownShifts) {
    for (const post of posts) {
      const n = filled.get(key(shift.id, post.id)) ?? 0;
      if (n >= post.minStaff) continue;
      report(shift.id, post, n === 0 ? 'unstaffed' : 'below-minimum', n);
    }
  }
}

/** Finds each stretch's rest before it and reports the short ones once, on a shown stretch. */
function checkRest(
  works: readonly Work[],
  rules: ShiftRules,
  isShown: (w: Work) => boolean,
  report: (at: Work, other: Work, gap: number) => void,
): void {
  for (const w of works) {
    let before: Work | undefined;
    for (const x of works) if (x.end <= w.start && (!before || x.end > before.end)) before = x;
    if (!before) continue;
    const gap = w.start - before.end;
    if (gap >= rules.minRestMinutes * MINUTE) continue;
    if (isShown(w)) report(w, before, gap);
    else if (isShown(before)) report(before, w, gap);
  }
}

/** The stretches that end last in an over-limit 24 h window, with the most worked in one. */
function overworked(works: readonly Work[], rules: ShiftRules): Map<Work, number> {
  const over = new Map<Work, number>();
  for (const w of works) {
    const to = w.start + DAY;
    const worked = workedIn(works, w.start, to);
    if (worked <= rules.maxMinutesPer24h * MINUTE) continue;
    let last = w;
    for (const x of works) if (x.start < to && x.end > last.end) last = x;
    over.set(last, Math.max(over.get(last) ?? 0, worked));
  }
  return over;
}

/**
 * What would be wrong if `personId` were put at `postId` in `shiftId` now, for the whole
 * shift: the person kinds only ('double-booked', 'short-rest', 'too-many-hours',
 * 'stood-down', 'reserve-call-up', in that order), [] when free and rested, and [] for a
 * person or shift it does not know. 'too-many-hours' looks at the 24 h windows starting at
 * a stretch's start (as `checkBoard` does) that hold the new shift's start. The post does
 * not change the answer: being at another post of the same shift is 'double-booked'.
 * Built once per facts (each person's work indexed), then called for each of ~500 people
 * when the picker opens.
 */
export function availability(facts: BoardFacts): (personId: string, shiftId: string, postId: string) => ProblemKind[] {
  const shifts = new Map(facts.shifts.map((s) => [s.id, s]));
  const work = workByPerson(facts, shifts, replacedIds(facts.assignments));
  const minRest = facts.rules.minRestMinutes * MINUTE;
  const maxWorked = facts.rules.maxMinutesPer24h * MINUTE;
  return (personId, shiftId) => {
    const person = facts.people.get(personId);
    const shift = shifts.get(shiftId);
    if (!person || !shift) return [];
    const span: Span = { start: shift.startsAt, end: shift.endsAt };
    const mine: readonly Span[] = work.get(personId) ?? [];
    const kinds: ProblemKind[] = [];
    if (mine.some((w) => overlaps(w, span))) kinds.push('double-booked');
    if (mine.some((w) => restBetween(w, span) < minRest)) kinds.push('short-rest');
    const all = [...mine, span].sort((a, b) => a.start - b.start);
    // A window starting later inside the new shift holds no more than the one starting with it.
    const tired = all.some(
      (w) => w.start <= span.start && w.start + DAY > span.start && workedIn(all, w.start, w.start + DAY) > maxWorked,
    );
    if (tired) kinds.push('too-many-hours');
    if (!person.active && shift.endsAt > facts.now) kinds.push('stood-down');
    if (person.reserve) kinds.push('reserve-call-up');
    return kinds;
  };
}
