import { defineQuery } from '../../db/live/query';

export const AUDIT_PAGE_SIZE = 50;

/**
 * One page of the audit trail, newest first, read by key: rows with seq below `before`
 * (or the newest when null). The trail only grows, so it is never loaded whole.
 */
export const auditPage = defineQuery('auditPage', async (db, before: number | null) => {
  const range = before === null ? db.audit.toCollection() : db.audit.where(':id').below(before);
  const rows = await range
    .reverse()
    .limit(AUDIT_PAGE_SIZE + 1)
    .toArray();
  return { rows: rows.slice(0, AUDIT_PAGE_SIZE), hasOlder: rows.length > AUDIT_PAGE_SIZE };
});
