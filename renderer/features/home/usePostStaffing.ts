import { useLive } from '../../db/useLive';
import type { Person, Shift } from '../../../shared/domain';
import { staffPosts, type PostStaffing } from '../../../shared/rules/staffing';
import { useServices } from '../../app/ServicesContext';
import { snapshotForSite } from '../../db/screenSnapshot';

/** Every post of the site with who is on it in the given shift, live. Reads only that shift's people. */
export function usePostStaffing(
  siteId: string | undefined,
  shift: Shift | null | undefined,
): PostStaffing[] | undefined {
  const { db } = useServices();
  // A held snapshot's staffing stands only for the shift it was read for. The deps tell
  // "not known yet" (undefined) from "no shift now" (null): both have no id, and a query
  // made before the shift was known would otherwise answer "not known" for good.
  return useLive(
    async () => {
      if (!siteId || shift === undefined) return undefined;
      const posts = await db.posts.where('siteId').equals(siteId).toArray();
      const assignments = shift ? await db.assignments.where('shiftId').equals(shift.id).toArray() : [];
      const ids = [...new Set(assignments.map((a) => a.personId))];
      const found = await db.people.bulkGet(ids);
      const people = new Map<string, Person>();
      for (const p of found) if (p) people.set(p.id, p);
      return staffPosts(posts, shift, assignments, people);
    },
    [db, siteId, shift === undefined, shift?.id, shift?.leaderId],
    snapshotForSite(siteId, (snap) =>
      shift !== undefined && (snap.shift?.id ?? null) === (shift?.id ?? null) ? snap.staffing : undefined,
    ),
  );
}
