import { chainRows } from '../auditChain';
import { backupTables, type BackupBody, type PlanAssetRecord } from '../../../shared/backup/backupBody';
import type { AuditEntry } from '../../../shared/domain';
import type { CordonDb, PlanAsset } from '../CordonDb';
import { toBase64 } from './base64';

/**
 * Every row of one site, its audit chain in the order written, and its plan pictures, in
 * one read-only transaction: the file tells of one moment. Rows are read by the siteId
 * index, never the whole store.
 */
export type SiteBody = BackupBody<Record<string, unknown>, AuditEntry>;

export async function readSiteBody(db: CordonDb, siteId: string): Promise<SiteBody> {
  const { tables, audit, assets } = await db.transaction('r', [...backupTables, 'audit', 'planAssets'], async () => {
    // Filled table by table just below.
    const tables = {} as SiteBody['tables'];
    for (const name of backupTables) {
      tables[name] =
        name === 'sites'
          ? await db.sites.where('id').equals(siteId).toArray()
          : await db.table<Record<string, unknown>>(name).where('siteId').equals(siteId).toArray();
    }
    const audit = await chainRows(db.audit, siteId).toArray();
    const assets = await db.planAssets.where('siteId').equals(siteId).toArray();
    return { tables, audit, assets };
  });
  return { tables, audit: audit.map(withoutSeq), planAssets: await Promise.all(assets.map(assetRecord)) };
}

/** A row's running number is this store's; the row is placed anew wherever the file is restored. */
function withoutSeq(row: AuditEntry): AuditEntry {
  const copy = { ...row };
  delete copy.seq;
  return copy;
}

async function assetRecord(asset: PlanAsset): Promise<PlanAssetRecord> {
  return {
    key: asset.key,
    siteId: asset.siteId,
    mimeType: asset.mimeType,
    createdAt: asset.createdAt,
    data: toBase64(new Uint8Array(await asset.data.arrayBuffer())),
  };
}
