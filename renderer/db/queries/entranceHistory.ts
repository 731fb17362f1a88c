import { defineQuery } from '../live/query';

/**
 * The latest changes to one entrance, newest first, from the audit trail (by index):
 * rows under one [table+entityId] key come in seq order, so the newest are the last.
 */
export const entranceHistory = defineQuery('entranceHistory', async (db, entranceId: string | null, limit: number) =>
  entranceId === null
    ? []
    : db.audit.where('[table+entityId]').equals(['entrances', entranceId]).reverse().limit(limit).toArray(),
);
