import { chmod, mkdir, mkdtemp, readdir, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { backupsToKeep } from '../../shared/backup/retention';
import { backupBytes, headerAt } from './backupTesting';
import { listBackupFiles, pruneBackups, readBackupFile, writeBackupFile } from './backupStore';

const TZ = 'Asia/Shanghai';
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const NOW = Date.parse('2026-12-05T12:00:00+08:00');
const isRoot = process.getuid?.() === 0;

let root: string;
let dir: string;

beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'cordon-backups-'));
  dir = path.join(root, 'backups', 'site-1');
});
afterEach(async () => {
  await chmod(dir, 0o700).catch(() => undefined);
  await rm(root, { recursive: true, force: true });
});

const fsError = (code: string) => Object.assign(new Error(`${code}: from the test`), { code });
const write = (
  name: string,
  at: number,
  options: { now?: number; write?: (t: string, d: Uint8Array) => Promise<void> } = {},
) => writeBackupFile(dir, name, backupBytes(headerAt(at)), TZ, { now: options.now ?? at, write: options.write });

describe('writeBackupFile', () => {
  it('makes the folder, writes the file whole and leaves no temp file', async () => {
    const result = await write('a.cordon', NOW);
    expect(result).toEqual({ written: true, path: path.join(dir, 'a.cordon') });
    expect(await readFile(path.join(dir, 'a.cordon'), 'utf8')).toBe(
      new TextDecoder().decode(backupBytes(headerAt(NOW))),
    );
    expect(await readdir(dir)).toEqual(['a.cordon']);
  });

  it('never writes over a kept backup: a second of the same name gets the next free one', async () => {
    await write('a.cordon', NOW);
    expect(await write('a.cordon', NOW + 1000)).toEqual({ written: true, path: path.join(dir, 'a (2).cordon') });
    expect((await readdir(dir)).sort()).toEqual(['a (2).cordon', 'a.cordon']);
  });

  it('says the disk is full, with the system’s message, and leaves nothing behind', async () => {
    const result = await write('a.cordon', NOW, { write: async () => Promise.reject(fsError('ENOSPC')) });
    expect(result).toEqual({ written: false, reason: 'no-space', message: 'ENOSPC: from the test' });
    expect(await readdir(dir)).toEqual([]);
  });

  it('says it failed when a file stands where the folder should be', async () => {
    await writeFile(path.join(root, 'backups'), 'a file where the folder should be');
    const result = await write('a.cordon', NOW);
    expect(result.written).toBe(false);
    if (!result.written) expect(result.reason).toBe('failed');
  });

  it.skipIf(isRoot)('says a read-only folder is not writable (skipped as root, which ignores the mode)', async () => {
    await mkdir(dir, { recursive: true });
    await chmod(dir, 0o500);
    const result = await write('a.cordon', NOW);
    expect(result).toMatchObject({ written: false, reason: 'not-writable' });
    if (!result.written) expect(result.message).toMatch(/EACCES/);
  });

  it('still answers written when pruning fails, and tells why', async () => {
    const warn = vi.fn();
    const result = await writeBackupFile(dir, 'a.cordon', backupBytes(headerAt(NOW)), 'Not/A_Zone', { now: NOW, warn });
    expect(result).toEqual({ written: true, path: path.join(dir, 'a.cordon') });
    expect(warn).not.toHaveBeenCalled();
    // A zone only matters once a backup is older than a day.
    await writeBackupFile(dir, 'b.cordon', backupBytes(headerAt(NOW + 2 * DAY)), 'Not/A_Zone', {
      now: NOW + 2 * DAY,
      warn,
    });
    expect(warn).toHaveBeenCalledTimes(1);
    expect((await readdir(dir)).sort()).toEqual(['a.cordon', 'b.cordon']);
  });
});

describe('pruneBackups', () => {
  it('keeps what the schedule says of 40 days of hourly backups, timed by header or by file', async () => {
    await mkdir(dir, { recursive: true });
    const stamps = Array.from({ length: 40 * 24 }, (_, i) => ({
      name: `h${String(i).padStart(4, '0')}.cordon`,
      at: NOW - i * HOUR,
    }));
    for (const [i, { name, at }] of stamps.entries()) {
      const file = path.join(dir, name);
      if (i % 3 === 0) {
        // A file whose header does not read is timed by its modification time.
        await writeFile(file, 'not a header\n{}');
        await utimes(file, at / 1000, at / 1000);
      } else {
        await writeFile(file, backupBytes(headerAt(at)));
      }
    }
    // Taken before a site was deleted or replaced: kept, however old.
    await writeFile(
      path.join(dir, 'before-delete.cordon'),
      backupBytes({ ...headerAt(NOW - 10 * DAY), reason: 'before-delete' }),
    );
    await writeFile(
      path.join(dir, 'before-restore.cordon'),
      backupBytes({ ...headerAt(NOW - 35 * DAY), reason: 'before-restore' }),
    );
    await writeFile(path.join(dir, 'notes.txt'), 'the operator’s own file');
    await writeFile(path.join(dir, '.cordon-0123456789abcdef.tmp'), 'a crash’s leftover');

    const expected = backupsToKeep(stamps, NOW, TZ);
    const removed = await pruneBackups(dir, NOW, TZ);
    const left = await readdir(dir);
    expect(left.filter((n) => n.endsWith('.cordon')).sort()).toEqual(
      [...expected, 'before-delete.cordon', 'before-restore.cordon'].sort(),
    );
    // Every hour of the last day, then the newest of each local day from the 4th back to
    // 5 November (its hours after 12:00 are within 30 days): 30 days.
    expect(expected.size).toBe(24 + 30);
    const kept = (i: number) => left.includes(`h${String(i).padStart(4, '0')}.cordon`);
    // h0024 is 12:00 on the 4th, h0037 23:00 on the 3rd, h0709 23:00 on 5 November, h0733 a day before.
    expect([0, 23, 24, 37, 61, 709].every(kept)).toBe(true);
    expect([25, 36, 38, 710, 733, 959].some(kept)).toBe(false);
    expect(removed.length).toBe(stamps.length - expected.size);
    expect(left).toContain('notes.txt');
    expect(left).toContain('.cordon-0123456789abcdef.tmp');
  });
});

describe('listBackupFiles', () => {
  it('lists the folder newest first, with sizes, times and headers; null for a corrupt or foreign first line', async () => {
    expect(await listBackupFiles(dir)).toEqual([]);
    await write('old.cordon', NOW - 2 * HOUR);
    await write('new.cordon', NOW);
    await writeFile(path.join(dir, 'foreign.cordon'), 'PK\u0003\u0004 not ours');
    await utimes(path.join(dir, 'foreign.cordon'), (NOW - HOUR) / 1000, (NOW - HOUR) / 1000);
    await writeFile(path.join(dir, 'notes.txt'), 'x');
    await mkdir(path.join(dir, 'folder.cordon'));

    const listed = await listBackupFiles(dir);
    expect(listed.map((b) => [b.name, b.writtenAt, b.header?.createdAt ?? null])).toEqual([
      ['new.cordon', NOW, NOW],
      ['foreign.cordon', NOW - HOUR, null],
      ['old.cordon', NOW - 2 * HOUR, NOW - 2 * HOUR],
    ]);
    expect(listed[0]).toMatchObject({
      path: path.join(dir, 'new.cordon'),
      bytes: backupBytes(headerAt(NOW)).byteLength,
    });
  });
});

describe('readBackupFile', () => {
  it('reads a kept backup whole, and refuses a name that climbs out', async () => {
    await write('a.cordon', NOW);
    const read = await readBackupFile(dir, 'a.cordon');
    expect(read.opened && new TextDecoder().decode(read.data)).toBe(
      new TextDecoder().decode(backupBytes(headerAt(NOW))),
    );
    await writeFile(path.join(root, 'backups', 'secret.cordon'), 'another site’s');
    await expect(readBackupFile(dir, '../secret.cordon')).rejects.toThrow(/not a backup name/);
  });
});
