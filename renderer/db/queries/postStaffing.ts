import type { Person } from '../../../shared/domain';
import { staffPosts, type PostStaffing } from '../../../shared/rules/staffing';
import { defineQuery } from '../live/query';
import { readCurrentShift } from './currentShift';

/**
 * Every post of the site with who stands on it in the shift running at `minute`, live,
 * in post order, with their check-in state. The site (for its grace), the shift, the
 * posts and the site's people (a few hundred at most) are read side by side, then the
 * shift's assignments: two round trips to the store.
 */
export const postStaffing = defineQuery(
  'postStaffing',
  async (db, siteId: string | null, minute: number): Promise<PostStaffing[]> => {
    if (siteId === null) return [];
    const [site, shift, posts, sitePeople] = await Promise.all([
      db.sites.get(siteId),
      readCurrentShift(db, siteId, minute),
      db.posts.where('siteId').equals(siteId).toArray(),
      db.people.where('siteId').equals(siteId).toArray(),
    ]);
    const assignments = shift ? await db.assignments.where('shiftId').equals(shift.id).toArray() : [];
    const people = new Map<string, Person>(sitePeople.map((p) => [p.id, p]));
    return staffPosts(posts, shift, assignments, people, site?.shiftRules);
  },
);
