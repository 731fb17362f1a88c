import { countsOf, periodOf } from '../../../shared/backup/backupBody';
import type { BackupHeader, BackupReason } from '../../../shared/backup/backupHeader';
import { backupFileName } from '../../../shared/backup/backupFileName';
import type { CordonDb } from '../CordonDb';
import { sha256Hex } from '../sha256';
import { currentSchemaVersion } from '../versions';
import { joinBackupFile } from './backupFile';
import { sealBody } from './encryption';
import { readSiteBody, type SiteBody } from './readSite';

export interface BackupFile {
  header: BackupHeader;
  fileName: string;
  bytes: Uint8Array<ArrayBuffer>;
}

/**
 * One site as a backup file: the header (versions, site, counts, period, chain head,
 * checksum) and the body, sealed with the passphrase when one is given.
 */
export async function makeBackupFile(
  db: CordonDb,
  siteId: string,
  options: { reason: BackupReason; now: number; appVersion: string; passphrase?: string },
  onStage: (stage: 'reading' | 'encrypting') => void = () => undefined,
): Promise<BackupFile> {
  onStage('reading');
  const site = await db.sites.get(siteId);
  if (!site) throw new Error(`no site ${siteId}`);
  const body = await readSiteBody(db, siteId);
  const plain = new TextEncoder().encode(JSON.stringify(body));
  if (options.passphrase) onStage('encrypting');
  const sealed = options.passphrase ? await sealBody(plain, options.passphrase) : { body: plain, encryption: null };
  const header: BackupHeader = {
    format: 'cordon-backup',
    formatVersion: 1,
    appVersion: options.appVersion,
    schemaVersion: currentSchemaVersion,
    site: { id: site.id, name: site.name, timeZone: site.timeZone },
    createdAt: options.now,
    reason: options.reason,
    counts: countsOf(body),
    ...periodOf(body),
    chainHead: chainHeadOf(body),
    bodyBytes: sealed.body.length,
    checksum: await sha256Hex(sealed.body),
    encryption: sealed.encryption,
  };
  return {
    header,
    fileName: backupFileName(site.name, options.now, site.timeZone, options.reason),
    bytes: joinBackupFile(header, sealed.body),
  };
}

function chainHeadOf(body: SiteBody): string | null {
  return body.audit.at(-1)?.hash ?? null;
}
