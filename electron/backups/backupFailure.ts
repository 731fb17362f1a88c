import type { WriteBackupResult } from '../../shared/bridge/contract';

export type BackupFailure = Extract<WriteBackupResult, { written: false }>;

// The disk (or the user's quota on it) is full: the operator frees space or exports elsewhere.
const NO_SPACE = new Set(['ENOSPC', 'EDQUOT']);
// The folder refuses writes: permissions, a read-only mount, or a lock the system holds.
const NOT_WRITABLE = new Set(['EACCES', 'EPERM', 'EROFS']);

/** Why a backup could not be written, in the terms the operator is told, with the system's own message. */
export function backupFailureOf(error: unknown): BackupFailure {
  const code = error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : '';
  const message = error instanceof Error ? error.message : String(error);
  if (NO_SPACE.has(code)) return { written: false, reason: 'no-space', message };
  if (NOT_WRITABLE.has(code)) return { written: false, reason: 'not-writable', message };
  return { written: false, reason: 'failed', message };
}
