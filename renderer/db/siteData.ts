import { siteTables, type SiteDataset } from '../../shared/demo/dataset';
import type { CordonDb } from './CordonDb';
import type { TableName } from './tables';

/** Tables that hold one site's rows, plus its plan pictures. */
export const siteTableNames: readonly TableName[] = [...siteTables, 'planAssets'];

/**
 * Writes a whole site in the caller's transaction (EntityWriter.installSite). bulkAdd,
 * not bulkPut: a clash of ids means something is wrong and must abort the transaction
 * rather than overwrite.
 */
export async function writeDataset(db: CordonDb, data: SiteDataset): Promise<void> {
  for (const name of siteTables) {
    const rows = data[name];
    if (rows.length > 0) await db.table(name).bulkAdd(rows);
  }
}

/** Removes every site row (not the audit trail, not the settings) in the caller's transaction. */
export async function clearSites(db: CordonDb): Promise<void> {
  for (const name of siteTableNames) await db.table(name).clear();
}
