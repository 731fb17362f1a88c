import type { Assignment, Person, Post, Shift, ShiftRules } from '../../../../shared/domain';
import { isLateCheckIn, minutesLate } from '../../../../shared/rules/lateCheckIn';
import { compareNames } from '../../../../shared/rules/nameOrder';

/** Where a person stands in the shift, as the duty tab says it. */
export type DutyState =
  | { kind: 'not-yet' }
  | { kind: 'in'; at: number }
  | { kind: 'late'; at: number; minutes: number }
  | { kind: 'out'; at: number }
  | { kind: 'replaced'; at: number; by: string };

export interface DutyPerson {
  assignment: Assignment;
  person: Person;
  state: DutyState;
  /** The name of the person this one took over from, for a swap. */
  replaces: string | null;
}

export interface DutyPost {
  post: Post;
  people: DutyPerson[];
}

export type DutyEvent =
  | { kind: 'in'; id: string; at: number; name: string; post: string }
  | { kind: 'late'; id: string; at: number; name: string; post: string; minutes: number }
  | { kind: 'out'; id: string; at: number; name: string; post: string }
  | { kind: 'swap'; id: string; at: number; from: string; to: string; post: string };

/** A check-in that took over a place mid-shift is the swap's, never late. */
function stateOf(
  a: Assignment,
  shift: Shift,
  rules: Pick<ShiftRules, 'lateGraceMinutes'>,
  by: DutyPerson['person'] | undefined,
  byAt: number | null,
): DutyState {
  if (by && byAt !== null) return { kind: 'replaced', at: byAt, by: by.name };
  if (a.checkedOutAt !== null) return { kind: 'out', at: a.checkedOutAt };
  if (a.checkedInAt === null) return { kind: 'not-yet' };
  if (a.replacesId === null && isLateCheckIn(a.checkedInAt, shift, rules)) {
    return { kind: 'late', at: a.checkedInAt, minutes: minutesLate(a.checkedInAt, shift) };
  }
  return { kind: 'in', at: a.checkedInAt };
}

/**
 * Each post of the shift in post order with its people and their state, and the shift's
 * check-ins, check-outs and swaps in time order. Within a post people go by name, each
 * one swapped in right after whoever they took over from. Assignments naming people who
 * no longer exist are left out, as the overview leaves them out.
 */
export function buildDuty(
  shift: Shift,
  posts: readonly Post[],
  assignments: readonly Assignment[],
  people: ReadonlyMap<string, Person>,
  rules: Pick<ShiftRules, 'lateGraceMinutes'>,
): { posts: DutyPost[]; events: DutyEvent[] } {
  const known = assignments.filter((a) => a.shiftId === shift.id && people.has(a.personId));
  const byId = new Map(known.map((a) => [a.id, a]));
  const replacement = new Map<string, Assignment>();
  for (const a of known) if (a.replacesId !== null) replacement.set(a.replacesId, a);
  const personOf = (a: Assignment | undefined) => (a ? people.get(a.personId) : undefined);
  const postName = new Map(posts.map((p) => [p.id, p.name]));

  const chain = (a: Assignment): string[] => {
    const names: string[] = [];
    const seen = new Set<string>();
    for (let at: Assignment | undefined = a; at && !seen.has(at.id); at = byId.get(at.replacesId ?? '')) {
      seen.add(at.id);
      names.unshift(personOf(at)?.name ?? '');
    }
    return names;
  };
  const compareChains = (x: string[], y: string[]) => {
    for (let i = 0; i < Math.min(x.length, y.length); i++) {
      const c = compareNames(x[i] ?? '', y[i] ?? '');
      if (c !== 0) return c;
    }
    return x.length - y.length;
  };

  const byPost = new Map<string, DutyPerson[]>();
  const events: DutyEvent[] = [];
  for (const a of known) {
    const person = people.get(a.personId);
    if (!person) continue;
    const next = replacement.get(a.id);
    const before = a.replacesId === null ? undefined : byId.get(a.replacesId);
    const state = stateOf(a, shift, rules, personOf(next), next?.checkedInAt ?? null);
    const list = byPost.get(a.postId) ?? [];
    list.push({ assignment: a, person, state, replaces: personOf(before)?.name ?? null });
    byPost.set(a.postId, list);

    const post = postName.get(a.postId) ?? '';
    const inAt = a.checkedInAt;
    if (inAt !== null) {
      const from = personOf(before)?.name ?? '';
      if (a.replacesId !== null) events.push({ kind: 'swap', id: a.id, at: inAt, from, to: person.name, post });
      else if (isLateCheckIn(inAt, shift, rules)) {
        events.push({ kind: 'late', id: a.id, at: inAt, name: person.name, post, minutes: minutesLate(inAt, shift) });
      } else events.push({ kind: 'in', id: a.id, at: inAt, name: person.name, post });
    }
    if (a.checkedOutAt !== null && !next)
      events.push({ kind: 'out', id: a.id, at: a.checkedOutAt, name: person.name, post });
  }
  // Same minute: arrivals before departures, then by name, so the list reads the same every time.
  const rank = { in: 0, late: 0, swap: 1, out: 2 } as const;
  events.sort((x, y) => x.at - y.at || rank[x.kind] - rank[y.kind] || x.id.localeCompare(y.id));

  const dutyPosts = [...posts]
    .sort((a, b) => a.order - b.order)
    .map((post) => {
      const list = (byPost.get(post.id) ?? []).map((p) => ({ p, key: chain(p.assignment) }));
      list.sort((x, y) => compareChains(x.key, y.key));
      return { post, people: list.map(({ p }) => p) };
    });
  return { posts: dutyPosts, events };
}
