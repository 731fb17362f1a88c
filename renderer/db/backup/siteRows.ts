import { backupTables } from '../../../shared/backup/backupBody';
import type { CheckedBody } from '../../../shared/backup/checkBackup';
import type { AuditEntry } from '../../../shared/domain';
import { readSetting } from '../../../shared/domain/settingValues';
import type { CordonDb } from '../CordonDb';
import { chainHead, chainRows } from '../auditChain';
import { ChangedSinceBackupError } from '../errors';
import { CHAIN_START } from '../../../shared/audit/chain';
import { fromBase64 } from './base64';

/** The tables a site's rows are in, its plan pictures included: what deleting or restoring a site touches. */
export const siteRowTables = [...backupTables, 'planAssets'] as const;

/** The site the post works on: the one chosen, else the first there is (as the session reads it). */
export async function activeSiteId(db: CordonDb): Promise<string | null> {
  const chosen = readSetting('activeSiteId', (await db.settings.get('activeSiteId'))?.value);
  if (chosen && (await db.sites.get(chosen))) return chosen;
  return (await db.sites.orderBy('id').first())?.id ?? null;
}

/** How many rows of each table a site has: what a confirmation names before anything is deleted. */
export async function siteCounts(db: CordonDb, siteId: string): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const name of siteRowTables) {
    counts[name] =
      name === 'sites'
        ? await db.sites.where('id').equals(siteId).count()
        : await db.table(name).where('siteId').equals(siteId).count();
  }
  counts.audit = await chainRows(db.audit, siteId).count();
  return counts;
}

/** Deletes every row of a site in the caller's transaction. Its audit trail stays: the record of what was. */
export async function deleteSiteRows(db: CordonDb, siteId: string): Promise<void> {
  for (const name of siteRowTables) {
    if (name === 'sites') await db.sites.delete(siteId);
    else await db.table(name).where('siteId').equals(siteId).delete();
  }
}

/**
 * Moves the audit rows the store holds on a site's chain (a site deleted earlier, or the
 * one being replaced) to a chain of their own, `<siteId>~<when>`, before a file's trail
 * takes the site's chain: nothing is deleted, and both chains still verify, since a row's
 * hash does not cover the name of its chain.
 */
export async function retireChain(db: CordonDb, siteId: string, at: number): Promise<void> {
  await chainRows(db.audit, siteId).modify((row: AuditEntry) => {
    row.chain = `${siteId}~${at}`;
  });
}

/** Writes a checked file's rows as they are, its audit rows in order after any on the store (bulk, in the caller's transaction). */
export async function writeRestored(db: CordonDb, body: CheckedBody): Promise<void> {
  for (const name of backupTables) {
    const rows = body.tables[name];
    if (rows.length > 0) await db.table(name).bulkAdd(rows);
  }
  await db.planAssets.bulkAdd(
    body.planAssets.map((a) => ({ ...a, data: new Blob([fromBase64(a.data)], { type: a.mimeType }) })),
  );
  await db.audit.bulkAdd(body.audit.map((row) => ({ ...row, chain: row.siteId ?? row.chain })));
}

/** The site a backup was just taken of, and its audit chain's head then: what may be deleted now. */
export interface BackedUp {
  siteId: string;
  chainHead: string | null;
}

/**
 * Refuses to delete a site unless it is the one just backed up, unchanged since (its chain
 * head the same): a write in another window, or a site switched there, between the backup
 * and the deletion would otherwise go without a backup.
 */
export async function assertBackedUp(db: CordonDb, siteId: string, backedUp: BackedUp | null): Promise<void> {
  const site = await db.sites.get(siteId);
  const head = await chainHead(db.audit, siteId);
  if (!backedUp || backedUp.siteId !== siteId || (backedUp.chainHead ?? CHAIN_START) !== head)
    throw new ChangedSinceBackupError(site?.name ?? siteId);
}
