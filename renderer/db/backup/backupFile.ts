import { backupHeaderSchema, MAX_HEADER_BYTES, type BackupHeader } from '../../../shared/backup/backupHeader';
import { BackupRefusedError } from '../../../shared/backup/checkBackup';
import { currentSchemaVersion } from '../versions';
import { sha256Hex } from '../sha256';

const NEWLINE = 0x0a;

/** A backup file's bytes: the header as one line of JSON, a newline, the body. */
export function joinBackupFile(header: BackupHeader, body: Uint8Array): Uint8Array<ArrayBuffer> {
  const line = new TextEncoder().encode(`${JSON.stringify(header)}\n`);
  const file = new Uint8Array(line.length + body.length);
  file.set(line, 0);
  file.set(body, line.length);
  return file;
}

/**
 * Splits a file into its header and body and checks what can be checked without the
 * passphrase: that it is a backup of a version this store can carry forward, whole
 * (the body as long as the header says) and unchanged (its checksum).
 */
export async function splitBackupFile(file: Uint8Array): Promise<{ header: BackupHeader; body: Uint8Array }> {
  if (file.length === 0) throw new BackupRefusedError({ kind: 'empty' });
  const end = file.subarray(0, MAX_HEADER_BYTES).indexOf(NEWLINE);
  if (end < 0) throw new BackupRefusedError({ kind: file.length < MAX_HEADER_BYTES ? 'truncated' : 'not-backup' });
  const header = parseHeader(file.subarray(0, end));
  if (header.schemaVersion > currentSchemaVersion)
    throw new BackupRefusedError({ kind: 'too-new', schemaVersion: header.schemaVersion });
  const body = file.subarray(end + 1);
  if (body.length < header.bodyBytes) throw new BackupRefusedError({ kind: 'truncated' });
  if (body.length > header.bodyBytes || (await sha256Hex(body)) !== header.checksum)
    throw new BackupRefusedError({ kind: 'checksum' });
  return { header, body };
}

function parseHeader(line: Uint8Array): BackupHeader {
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(line));
  } catch {
    throw new BackupRefusedError({ kind: 'not-backup' });
  }
  const looksOurs = typeof json === 'object' && json !== null && Reflect.get(json, 'format') === 'cordon-backup';
  const parsed = backupHeaderSchema.safeParse(json);
  if (parsed.success) return parsed.data;
  // Ours, but a header this version cannot read: a newer format, or edited by hand.
  if (looksOurs && Reflect.get(json as object, 'formatVersion') !== 1)
    throw new BackupRefusedError({ kind: 'too-new', schemaVersion: 0 });
  throw new BackupRefusedError({ kind: looksOurs ? 'checksum' : 'not-backup' });
}
