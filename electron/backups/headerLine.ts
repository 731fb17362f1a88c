import { backupHeaderSchema, MAX_HEADER_BYTES, type BackupHeader } from '../../shared/backup/backupHeader';

const NEWLINE = 0x0a;

/**
 * The header of a backup from the first bytes of its file (at least MAX_HEADER_BYTES + 1
 * when the file is that long): the JSON before the first line break. Null when there is
 * no line break that early, the line is not UTF-8 or JSON, or it is not a backup header:
 * a foreign or damaged file is listed, never trusted.
 */
export function headerOfFirstLine(bytes: Uint8Array): BackupHeader | null {
  const end = bytes.subarray(0, MAX_HEADER_BYTES + 1).indexOf(NEWLINE);
  if (end < 0) return null;
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, end));
    const parsed = backupHeaderSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
