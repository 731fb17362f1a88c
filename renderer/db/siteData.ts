import { siteTables, type SiteDataset } from '../../shared/demo/dataset';
import type { CordonDb } from './CordonDb';
import type { TableName } from './tables';

/** Tables that hold one site's rows, plus its plan pictures. */
export const siteTableNames: readonly TableName[] = [...siteTables, 'planAssets'];

/**
 * Writes a whole site in the caller's transaction (EntityWriter.installSite). bulkAdd,
 * not bulkPut: a clash of ids means something is wrong and must abort the transaction
 * rather than overwrite. Nearly all the time of a large site (the generated year's
 * 136,000 rows) is IndexedDB's own work for each row and index entry, not Dexie's:
 * e2e/bench/seedYearProbe.ts measures it.
 */
export async function writeDataset(db: CordonDb, data: SiteDataset): Promise<void> {
  for (const name of siteTables) {
    const rows = data[name];
    if (rows.length > 0) await db.table(name).bulkAdd(inKeyOrder(rows));
  }
}

/**
 * The rows sorted by id, the tables' key (a copy: the caller's dataset stays as built).
 * IndexedDB's store (LevelDB) takes keys in ascending order with less work than in the
 * builders' order: about 5% less of the browser's time on the generated year.
 */
function inKeyOrder(rows: readonly { id: string }[]): { id: string }[] {
  return [...rows].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
