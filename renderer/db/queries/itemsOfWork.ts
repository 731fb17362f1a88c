import { defineQuery } from '../live/query';

/** The upgrade items linked to one piece of perimeter work, live, by index. */
export const itemsOfWork = defineQuery('itemsOfWork', async (db, workId: string | null) =>
  workId === null ? [] : db.upgradeItems.where('workId').equals(workId).toArray(),
);
