import type { Assignment, Person, Post, Shift } from '../../../shared/domain';
import { isLateCheckIn } from '../../../shared/rules/lateCheckIn';
import { compareNames } from '../../../shared/rules/nameOrder';
import { defineQuery } from '../live/query';
import { readCurrentShift } from './currentShift';

/** Where someone stands in the shift now: checked in (late or not), not yet, or gone. */
export type PresenceState = 'not-yet' | 'in' | 'late' | 'out';

export interface Presence {
  person: Person;
  state: PresenceState;
  /** The check-in, or the check-out once gone. */
  at: number | null;
}

export type WhereNowHit =
  | {
      kind: 'person';
      person: Person;
      post: Post | null;
      shift: Shift | null;
      state: PresenceState | null;
      at: number | null;
    }
  | { kind: 'post'; post: Post; entranceName: string | null; shift: Shift | null; people: Presence[] };

/** Enough to choose from; typing on narrows. */
const MAX_PEOPLE = 8;

function presenceOf(a: Assignment, shift: Shift, graceMinutes: number): Pick<Presence, 'state' | 'at'> {
  if (a.checkedOutAt !== null) return { state: 'out', at: a.checkedOutAt };
  if (a.checkedInAt === null) return { state: 'not-yet', at: null };
  const late = a.replacesId === null && isLateCheckIn(a.checkedInAt, shift, { lateGraceMinutes: graceMinutes });
  return { state: late ? 'late' : 'in', at: a.checkedInAt };
}

/** Of a person's assignments in a shift, the one that says where they are: the last not checked out. */
function placeOf(list: readonly Assignment[]): Assignment | undefined {
  return list.find((a) => a.checkedOutAt === null) ?? list.at(-1);
}

/**
 * The header's search: people whose name starts with `text` (read by the site-and-name
 * index) with where they stand in the shift running at `minute`, and posts whose name or
 * entrance's name holds it, with who stands there now. Someone swapped out of a post is no
 * longer at it.
 */
export const whereNow = defineQuery(
  'whereNow',
  async (db, siteId: string | null, minute: number, text: string, graceMinutes: number): Promise<WhereNowHit[]> => {
    const q = text.trim();
    if (siteId === null || q === '') return [];
    const prefixes = [...new Set([q, q.charAt(0).toUpperCase() + q.slice(1)])];
    const [shift, posts, entrances, ...named] = await Promise.all([
      readCurrentShift(db, siteId, minute),
      db.posts.where('siteId').equals(siteId).toArray(),
      db.entrances.where('siteId').equals(siteId).toArray(),
      ...prefixes.map((p) =>
        db.people
          .where('[siteId+name]')
          .between([siteId, p], [siteId, p + '\uffff'])
          .limit(MAX_PEOPLE)
          .toArray(),
      ),
    ]);
    const entranceName = new Map(entrances.map((e) => [e.id, e.name]));
    const lower = q.toLowerCase();
    const postHits = posts
      .filter((p) => `${p.name} ${entranceName.get(p.entranceId ?? '') ?? ''}`.toLowerCase().includes(lower))
      .sort((a, b) => a.order - b.order);
    const matchedPeople = [...new Map(named.flat().map((p) => [p.id, p])).values()].sort((a, b) =>
      compareNames(a.name, b.name),
    );

    const assignments = shift ? await db.assignments.where('shiftId').equals(shift.id).toArray() : [];
    const postIds = new Set(postHits.map((p) => p.id));
    const atPosts = assignments.filter((a) => postIds.has(a.postId) && a.checkedOutAt === null);
    const standing = await db.people.bulkGet([...new Set(atPosts.map((a) => a.personId))]);
    const people = new Map<string, Person>();
    for (const p of [...standing, ...matchedPeople]) if (p) people.set(p.id, p);
    const postById = new Map(posts.map((p) => [p.id, p]));

    const personHits: WhereNowHit[] = matchedPeople.map((person) => {
      const a = placeOf(assignments.filter((x) => x.personId === person.id));
      if (!a || !shift) return { kind: 'person', person, post: null, shift: null, state: null, at: null };
      const { state, at } = presenceOf(a, shift, graceMinutes);
      return { kind: 'person', person, post: postById.get(a.postId) ?? null, shift, state, at };
    });
    const postResults: WhereNowHit[] = postHits.map((post) => ({
      kind: 'post',
      post,
      entranceName: entranceName.get(post.entranceId ?? '') ?? null,
      shift,
      people: shift
        ? atPosts
            .filter((a) => a.postId === post.id)
            .flatMap((a) => {
              const person = people.get(a.personId);
              return person ? [{ person, ...presenceOf(a, shift, graceMinutes) }] : [];
            })
            .sort((x, y) => compareNames(x.person.name, y.person.name))
        : [],
    }));
    return [...personHits, ...postResults];
  },
);
