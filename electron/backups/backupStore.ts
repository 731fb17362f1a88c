import { mkdir, open, readdir, stat, unlink } from 'node:fs/promises';
import path from 'node:path';
import { MAX_HEADER_BYTES, type BackupReason } from '../../shared/backup/backupHeader';
import { backupsToKeep } from '../../shared/backup/retention';
import type { BackupListing, OpenFileResult, WriteBackupResult } from '../../shared/bridge/contract';
import { atomicWrite } from '../files/atomicWrite';
import { readFileBounded } from '../files/readBounded';
import { backupFailureOf } from './backupFailure';
import { backupPathIn, freeBackupName, isBackupName } from './backupPlace';
import { headerOfFirstLine } from './headerLine';

/** The most a bridge call carries (the contract's limit on a file): a backup larger could not be restored. */
export const MAX_BACKUP_BYTES = 256 * 1024 * 1024;

export interface WriteBackupOptions {
  /** Main's clock, for the schedule. */
  now: number;
  /** How the file is written; a test makes it fail as a full or read-only disk would. */
  write?: (target: string, data: Uint8Array) => Promise<void>;
  /** Where a failed pruning is told: the backup itself is written, so it is not a failure. */
  warn?: (message: string, error: unknown) => void;
}

/**
 * Writes a backup into the site's folder `dir` (made if missing) under a name no kept
 * backup has, atomically (temp file, fsync, rename), then prunes the folder by the
 * schedule in the site's zone. A failure to write comes back as why, never thrown.
 */
export async function writeBackupFile(
  dir: string,
  fileName: string,
  data: Uint8Array,
  timeZone: string,
  { now, write = atomicWrite, warn = console.warn }: WriteBackupOptions,
): Promise<WriteBackupResult> {
  let target: string;
  try {
    await mkdir(dir, { recursive: true });
    target = backupPathIn(dir, freeBackupName(fileName, await readdir(dir)));
    await write(target, data);
  } catch (error) {
    return backupFailureOf(error);
  }
  try {
    await pruneBackups(dir, now, timeZone);
  } catch (error) {
    warn(`cordon: could not prune the backups in ${dir}`, error);
  }
  return { written: true, path: target };
}

/** Deletes the backups in `dir` the schedule no longer keeps at `now`; returns their names. */
export async function pruneBackups(dir: string, now: number, timeZone: string): Promise<string[]> {
  // A backup taken before something deleted a site may be the only copy of it: the
  // schedule never prunes those (nor an export put here by hand); the operator deletes them.
  const listed = (await listBackupFiles(dir)).filter((b) => !b.header || !isKeptForGood(b.header.reason));
  const keep = backupsToKeep(
    listed.map((b) => ({ name: b.name, at: b.writtenAt })),
    now,
    timeZone,
  );
  const gone = listed.filter((b) => !keep.has(b.name));
  for (const b of gone) await unlink(b.path);
  return gone.map((b) => b.name);
}

/**
 * The backups kept in `dir`, newest first: none when the folder is not there yet. Only
 * each file's first line is read. A backup's time is its header's `createdAt` when the
 * header reads, else the file's modification time. Files that are not backups (temp
 * files, anything else put there) are left out, and so is one removed while listing.
 */
export async function listBackupFiles(dir: string): Promise<BackupListing[]> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (error) {
    if (error instanceof Error && 'code' in error && error.code === 'ENOENT') return [];
    throw error;
  }
  const listed = await Promise.all(names.filter(isBackupName).map((name) => listOne(dir, name)));
  return listed.filter((b): b is BackupListing => b !== null).sort((a, b) => b.writtenAt - a.writtenAt);
}

async function listOne(dir: string, name: string): Promise<BackupListing | null> {
  const filePath = path.join(dir, name);
  try {
    const handle = await open(filePath, 'r');
    try {
      const s = await handle.stat();
      if (!s.isFile()) return null;
      const first = new Uint8Array(Math.min(s.size, MAX_HEADER_BYTES + 1));
      const { bytesRead } = await handle.read(first, 0, first.byteLength, 0);
      const header = headerOfFirstLine(first.subarray(0, bytesRead));
      return { name, path: filePath, bytes: s.size, writtenAt: header?.createdAt ?? Math.round(s.mtimeMs), header };
    } finally {
      await handle.close();
    }
  } catch {
    return null;
  }
}

/** One kept backup's bytes; refused as too large past what a bridge call carries. */
export async function readBackupFile(dir: string, name: string): Promise<OpenFileResult> {
  const filePath = backupPathIn(dir, name);
  const read = await readFileBounded(filePath, MAX_BACKUP_BYTES);
  if (!read.ok) return { opened: false, reason: read.reason };
  return { opened: true, name, data: read.data };
}

/** The path of a kept backup, or null when there is no such file. */
export async function keptBackupPath(dir: string, name: string): Promise<string | null> {
  const filePath = backupPathIn(dir, name);
  try {
    return (await stat(filePath)).isFile() ? filePath : null;
  } catch {
    return null;
  }
}

function isKeptForGood(reason: BackupReason): boolean {
  return reason.startsWith('before-') || reason === 'export';
}
