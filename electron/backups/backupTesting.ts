import type { BackupHeader } from '../../shared/backup/backupHeader';

/** A header of the demo's shape, for the tests of this folder. */
export function headerAt(createdAt: number, siteId = 'site-1'): BackupHeader {
  return {
    format: 'cordon-backup',
    formatVersion: 1,
    appVersion: '0.1.0',
    schemaVersion: 7,
    site: { id: siteId, name: '香樟苑', timeZone: 'Asia/Shanghai' },
    createdAt,
    reason: 'interval',
    counts: { sites: 1, audit: 3 },
    period: null,
    newestEntryAt: null,
    chainHead: null,
    bodyBytes: 2,
    checksum: 'a'.repeat(64),
    encryption: null,
  };
}

/** A backup file's bytes: its header line, then a body. */
export function backupBytes(header: BackupHeader, body = '{}'): Uint8Array<ArrayBuffer> {
  return new TextEncoder().encode(`${JSON.stringify(header)}\n${body}`);
}
