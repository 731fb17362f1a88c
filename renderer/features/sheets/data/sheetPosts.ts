import type { Assignment, Person, Post, Shift, ShiftRules } from '../../../../shared/domain';
import type { SheetPost } from '../../../../shared/print/sheetData';
import { staffPosts } from '../../../../shared/rules/staffing';

/** Every post of a shift numbered 1, 2, … in post order, with its people as the sheet prints them. */
export function sheetPosts(
  posts: readonly Post[],
  shift: Shift,
  assignments: readonly Assignment[],
  people: ReadonlyMap<string, Person>,
  rules: Pick<ShiftRules, 'lateGraceMinutes'> | undefined,
): SheetPost[] {
  return staffPosts(posts, shift, assignments, people, rules).map((s, i) => ({
    number: i + 1,
    name: s.post.name,
    minStaff: s.post.minStaff,
    level: s.level,
    x: s.post.position.x,
    y: s.post.position.y,
    people: s.people.map((p) => ({
      name: p.person.name,
      unit: p.person.unit,
      phone: p.person.phone,
      leader: p.leader,
      reserve: p.person.reserve,
      checkedInAt: p.checkedInAt,
      checkedOutAt: p.checkedOutAt,
    })),
  }));
}
