import type { Assignment, Person, Post, Shift } from '../domain';
import { compareNames } from './nameOrder';

/** The shift running at `now`; when shifts overlap, the one that started last. */
export function pickCurrentShift(shifts: readonly Shift[], now: number): Shift | null {
  let best: Shift | null = null;
  for (const s of shifts) {
    if (s.startsAt <= now && now < s.endsAt && (!best || s.startsAt > best.startsAt)) best = s;
  }
  return best;
}

export type StaffingLevel = 'unstaffed' | 'below-minimum' | 'staffed';

export interface PostStaffing {
  post: Post;
  people: Array<{ person: Person; leader: boolean; checkedIn: boolean }>;
  level: StaffingLevel;
}

/**
 * Who stands at each post in a shift, in post order, with how the post stands against
 * its minimum. Assignments naming people that no longer exist are left out rather than
 * shown as blanks.
 */
export function staffPosts(
  posts: readonly Post[],
  shift: Shift | null,
  assignments: readonly Assignment[],
  people: ReadonlyMap<string, Person>,
): PostStaffing[] {
  const byPost = new Map<string, PostStaffing['people']>();
  if (shift) {
    for (const a of assignments) {
      if (a.shiftId !== shift.id) continue;
      const person = people.get(a.personId);
      if (!person) continue;
      const list = byPost.get(a.postId) ?? [];
      list.push({
        person,
        leader: shift.leaderId === person.id,
        checkedIn: a.checkedInAt !== null && a.checkedOutAt === null,
      });
      byPost.set(a.postId, list);
    }
  }
  return [...posts]
    .sort((a, b) => a.order - b.order)
    .map((post) => {
      const list = (byPost.get(post.id) ?? []).sort(
        (a, b) => Number(b.leader) - Number(a.leader) || compareNames(a.person.name, b.person.name),
      );
      const level: StaffingLevel =
        list.length === 0 ? 'unstaffed' : list.length < post.minStaff ? 'below-minimum' : 'staffed';
      return { post, people: list, level };
    });
}
