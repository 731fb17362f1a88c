import { chainRows } from '../auditChain';
import { defineQuery } from '../live/query';

/**
 * The head of a site's audit chain: the hash of its last audit row, null when it has
 * none. Every command writes an audit row, so a head that differs from the one a backup
 * noted means the site has changed since. One row read by the `[chain+seq]` index (a
 * site's chain is named by its id).
 */
export const auditHeadOf = defineQuery('auditHeadOf', async (db, siteId: string | null): Promise<string | null> => {
  if (siteId === null) return null;
  return (await chainRows(db.audit, siteId).last())?.hash ?? null;
});
