import { verifyAuditTrail } from '../../../shared/audit/auditChain';
import type { BackupHeader } from '../../../shared/backup/backupHeader';
import { BackupRefusedError, checkBackupBody, type CheckedBody } from '../../../shared/backup/checkBackup';
import type { CordonDb } from '../CordonDb';
import { webSha256 } from '../sha256';
import { currentSchemaVersion } from '../versions';
import { splitBackupFile } from './backupFile';
import { openBody } from './encryption';
import { migrateBody } from './migrateBody';

/** A file checked whole and ready to restore: nothing has been written yet. */
export interface CheckedBackup {
  header: BackupHeader;
  body: CheckedBody;
}

export type ReadStage = 'checking' | 'decrypting' | 'migrating' | 'validating' | 'verifying';

/**
 * Reads a backup file and checks all of it before anything is written: format, version,
 * length and checksum, the passphrase (the cipher's tag), every row against its schema,
 * one site throughout, references, counts, and the audit chain. A file from an older
 * store version is carried forward by the store's migrations first. Anything wrong throws
 * BackupRefusedError with what it was.
 */
export async function readBackupFile(
  db: CordonDb,
  file: Uint8Array,
  passphrase: string | null,
  onStage: (stage: ReadStage) => void = () => undefined,
): Promise<CheckedBackup> {
  onStage('checking');
  const { header, body } = await splitBackupFile(file);
  let plain = body;
  if (header.encryption) {
    if (!passphrase) throw new BackupRefusedError({ kind: 'passphrase-needed' });
    onStage('decrypting');
    plain = await openBody(body, header.encryption, passphrase);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(plain));
  } catch {
    // The checksum held, so the bytes are as written: written by something else.
    throw new BackupRefusedError({ kind: 'not-backup' });
  }
  if (header.schemaVersion < currentSchemaVersion) {
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
      throw new BackupRefusedError({ kind: 'not-backup' });
    onStage('migrating');
    raw = await migrateBody(db, raw as Record<string, unknown>, {
      schemaVersion: header.schemaVersion,
      siteId: header.site.id,
    });
  }
  onStage('validating');
  const checked = checkBackupBody(raw, header);
  if (!checked.ok) throw new BackupRefusedError(checked.problem);
  onStage('verifying');
  const audit = checked.body.audit.map((row, i) => ({ ...row, seq: i + 1 }));
  for (const report of await verifyAuditTrail(audit, webSha256)) {
    if (report.chain !== header.site.id) throw new BackupRefusedError({ kind: 'other-site', table: 'audit', index: 0 });
    if (!report.check.ok) throw new BackupRefusedError({ kind: 'audit-chain', index: report.check.index });
  }
  return { header, body: checked.body };
}
