import type { Assignment, Person, Post, Shift, ShiftRules } from '../domain';
import { isLateCheckIn } from './lateCheckIn';
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
  people: Array<{
    person: Person;
    leader: boolean;
    checkedIn: boolean;
    /** Checked in more than the site's grace after the shift's start (a swap's check-in never is). */
    late: boolean;
    checkedInAt: number | null;
    checkedOutAt: number | null;
  }>;
  level: StaffingLevel;
}

/**
 * Who stands at each post in a shift, in post order, with how the post stands against
 * its minimum. Assignments naming people that no longer exist are left out rather than
 * shown as blanks, and so is whoever was swapped out mid-shift: the one who took over
 * stands there now.
 */
export function staffPosts(
  posts: readonly Post[],
  shift: Shift | null,
  assignments: readonly Assignment[],
  people: ReadonlyMap<string, Person>,
  rules: Pick<ShiftRules, 'lateGraceMinutes'> = { lateGraceMinutes: 15 },
): PostStaffing[] {
  const byPost = new Map<string, PostStaffing['people']>();
  if (shift) {
    const replaced = new Set(assignments.map((a) => a.replacesId));
    for (const a of assignments) {
      if (a.shiftId !== shift.id || replaced.has(a.id)) continue;
      const person = people.get(a.personId);
      if (!person) continue;
      const list = byPost.get(a.postId) ?? [];
      list.push({
        person,
        leader: shift.leaderId === person.id,
        checkedIn: a.checkedInAt !== null && a.checkedOutAt === null,
        late: a.replacesId === null && a.checkedInAt !== null && isLateCheckIn(a.checkedInAt, shift, rules),
        checkedInAt: a.checkedInAt,
        checkedOutAt: a.checkedOutAt,
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
