import { defineQuery } from '../../db/live/query';

/** The names of the site's people by id (a few hundred at most), to say who went on a round. */
export const personNames = defineQuery('personNames', async (db, siteId: string | null) => {
  if (siteId === null) return [];
  const people = await db.people.where('siteId').equals(siteId).toArray();
  return people.map((p) => ({ id: p.id, name: p.name }));
});

/** The checkpoint visits raised to incidents since `from`: a visit is raised once. */
export const raisedVisits = defineQuery('raisedVisits', async (db, siteId: string | null, from: number) => {
  if (siteId === null) return [];
  const incidents = await db.incidents.where('[siteId+openedAt]').between([siteId, from], [siteId, Infinity]).toArray();
  return incidents.flatMap((i) => (i.visitId ? [i.visitId] : []));
});
