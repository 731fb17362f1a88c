import { backupTables, type BackupBody } from '../../../shared/backup/backupBody';
import { BackupRefusedError } from '../../../shared/backup/checkBackup';
import type { CordonDb } from '../CordonDb';
import { currentSchemaVersion, schemaVersions } from '../versions';
import { fromBase64 } from './base64';
import { readSiteBody } from './readSite';

/**
 * Carries a file written by an older version forward by the store's own migrations, so a
 * file migrates exactly as a laptop's store did: its rows go into a scratch store opened at
 * the file's version, the scratch store is opened at the current one (its upgrades run),
 * and the rows are read back. The scratch store is deleted whatever happens.
 */
export async function migrateBody(
  db: CordonDb,
  raw: Record<string, unknown>,
  from: { schemaVersion: number; siteId: string },
): Promise<BackupBody> {
  const fromVersion = from.schemaVersion;
  if (fromVersion >= currentSchemaVersion) throw new Error('nothing to migrate');
  const name = `cordon-restore-${crypto.randomUUID()}`;
  const old = db.sibling(name, fromVersion);
  try {
    await old.open();
    const declared = new Set(
      schemaVersions.filter((v) => v.version <= fromVersion).flatMap((v) => Object.keys(v.stores)),
    );
    const tables = typeof raw.tables === 'object' && raw.tables !== null ? raw.tables : {};
    await old.transaction('rw', old.tables, async () => {
      for (const table of backupTables) {
        const rows: unknown = Reflect.get(tables, table);
        if (declared.has(table) && Array.isArray(rows)) await bulkAddOrRefuse(old, table, rows);
      }
      if (Array.isArray(raw.audit)) await bulkAddOrRefuse(old, 'audit', raw.audit);
      if (Array.isArray(raw.planAssets)) await bulkAddOrRefuse(old, 'planAssets', raw.planAssets.map(assetRow));
    });
    old.close();
    const current = db.sibling(name);
    try {
      await current.open();
      return await readSiteBody(current, from.siteId);
    } finally {
      current.close();
    }
  } finally {
    old.close();
    await db.sibling(name).delete();
  }
}

async function bulkAddOrRefuse(db: CordonDb, table: string, rows: unknown[]): Promise<void> {
  try {
    await db.table(table).bulkAdd(rows);
  } catch {
    throw new BackupRefusedError({ kind: 'bad-row', table, index: 0, field: '—' });
  }
}

/** A plan picture as the store keeps it: its bytes as a Blob. */
function assetRow(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return value;
  const data: unknown = Reflect.get(value, 'data');
  const mimeType: unknown = Reflect.get(value, 'mimeType');
  if (typeof data !== 'string') return value;
  try {
    return { ...value, data: new Blob([fromBase64(data)], { type: typeof mimeType === 'string' ? mimeType : '' }) };
  } catch {
    throw new BackupRefusedError({ kind: 'bad-row', table: 'planAssets', index: 0, field: 'data' });
  }
}
