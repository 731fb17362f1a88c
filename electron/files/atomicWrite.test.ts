import { mkdir, mkdtemp, open, readdir, readFile, rename, rm, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { atomicWrite, type AtomicWriteFs } from './atomicWrite';

let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'cordon-atomic-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('atomicWrite', () => {
  it('writes a new file, text or bytes, and leaves no temp file behind', async () => {
    const text = path.join(dir, '香樟苑-backup.json');
    const bytes = path.join(dir, 'roster.pdf');
    await atomicWrite(text, '{"site":"香樟苑"}');
    await atomicWrite(bytes, new Uint8Array([37, 80, 68, 70]));
    expect(await readFile(text, 'utf8')).toBe('{"site":"香樟苑"}');
    expect([...(await readFile(bytes))]).toEqual([37, 80, 68, 70]);
    expect((await readdir(dir)).sort()).toEqual(['roster.pdf', '香樟苑-backup.json'].sort());
  });

  it('writes a temp file in the same folder, then renames it over the target', async () => {
    const target = path.join(dir, 'backup.json');
    await writeFile(target, 'old');
    const opened: string[] = [];
    const renames: Array<{ from: string; to: string; targetBefore: string }> = [];
    const spy: AtomicWriteFs = {
      open: async (...args: Parameters<typeof open>) => {
        opened.push(String(args[0]));
        return open(...args);
      },
      rename: async (from, to) => {
        renames.push({ from: String(from), to: String(to), targetBefore: await readFile(target, 'utf8') });
        return rename(from, to);
      },
      unlink,
    };
    await atomicWrite(target, 'new', spy);

    const temp = opened[0] ?? '';
    expect(path.dirname(temp)).toBe(dir);
    expect(temp).not.toBe(target);
    // The target still held the old content right up to the rename.
    expect(renames).toEqual([{ from: temp, to: target, targetBefore: 'old' }]);
    expect(await readFile(target, 'utf8')).toBe('new');
    expect(await readdir(dir)).toEqual(['backup.json']);
  });

  /** Real file operations that log each step, and fail the ones named in `failing`. */
  function loggingFs(target: string, failing: readonly string[] = []) {
    const steps: string[] = [];
    const name = (p: unknown) => (String(p) === target ? 'target' : String(p) === dir ? 'folder' : 'temp');
    const step = (s: string) => {
      steps.push(s);
      if (failing.includes(s)) throw new Error(`${s} failed`);
    };
    const fs: AtomicWriteFs = {
      open: async (...args: Parameters<typeof open>) => {
        const which = name(args[0]);
        step(`open ${which} ${String(args[1])}`);
        const handle = await open(...args);
        const write = handle.writeFile.bind(handle);
        const sync = handle.sync.bind(handle);
        const close = handle.close.bind(handle);
        handle.writeFile = async (...a: Parameters<typeof write>) => {
          step(`write ${which}`);
          return write(...a);
        };
        handle.sync = async () => {
          step(`sync ${which}`);
          return sync();
        };
        handle.close = async () => {
          steps.push(`close ${which}`);
          return close();
        };
        return handle;
      },
      rename: async (from, to) => {
        step(`rename ${name(from)} to ${name(to)}`);
        return rename(from, to);
      },
      unlink,
    };
    return { fs, steps };
  }
  const written = ['open temp wx', 'write temp', 'sync temp', 'close temp', 'rename temp to target'];

  it('flushes the data to disk before the rename, then flushes the folder', async () => {
    const target = path.join(dir, 'backup.json');
    const { fs, steps } = loggingFs(target);
    await atomicWrite(target, 'new', fs, 'linux');
    expect(steps).toEqual([...written, 'open folder r', 'sync folder', 'close folder']);
    expect(await readFile(target, 'utf8')).toBe('new');
  });

  it('leaves the folder alone on Windows, which cannot open one', async () => {
    const target = path.join(dir, 'backup.json');
    const { fs, steps } = loggingFs(target);
    await atomicWrite(target, 'new', fs, 'win32');
    expect(steps).toEqual(written);
  });

  it('counts the write as done when only flushing the folder fails, and closes the folder', async () => {
    const target = path.join(dir, 'backup.json');
    const cannotOpen = loggingFs(target, ['open folder r']);
    await atomicWrite(target, 'first', cannotOpen.fs, 'linux');
    expect(cannotOpen.steps).toEqual([...written, 'open folder r']);
    const cannotSync = loggingFs(target, ['sync folder']);
    await atomicWrite(target, 'second', cannotSync.fs, 'linux');
    expect(cannotSync.steps).toEqual([...written, 'open folder r', 'sync folder', 'close folder']);
    expect(await readFile(target, 'utf8')).toBe('second');
    expect(await readdir(dir)).toEqual(['backup.json']);
  });

  it('leaves the old file untouched and removes the temp file when the rename fails', async () => {
    const target = path.join(dir, 'backup.json');
    await writeFile(target, 'old');
    const failing: AtomicWriteFs = {
      open,
      unlink,
      rename: async () => {
        throw Object.assign(new Error('disk gone'), { code: 'EIO' });
      },
    };
    await expect(atomicWrite(target, 'new', failing)).rejects.toThrow('disk gone');
    expect(await readFile(target, 'utf8')).toBe('old');
    expect(await readdir(dir)).toEqual(['backup.json']);
  });

  it('leaves the old file untouched when writing the data fails', async () => {
    const target = path.join(dir, 'backup.json');
    await writeFile(target, 'old');
    const failing: AtomicWriteFs = {
      open: async (...args: Parameters<typeof open>) => {
        const handle = await open(...args);
        handle.writeFile = async () => {
          throw new Error('ENOSPC: no space left on device');
        };
        return handle;
      },
      rename,
      unlink,
    };
    await expect(atomicWrite(target, 'new', failing)).rejects.toThrow(/ENOSPC/);
    expect(await readFile(target, 'utf8')).toBe('old');
    expect(await readdir(dir)).toEqual(['backup.json']);
  });

  it('cleans up after a real failure (the target is a folder)', async () => {
    const target = path.join(dir, 'taken');
    await mkdir(target);
    await writeFile(path.join(target, 'keep.txt'), 'kept');
    await expect(atomicWrite(target, 'new')).rejects.toThrow();
    expect(await readdir(dir)).toEqual(['taken']);
    expect(await readFile(path.join(target, 'keep.txt'), 'utf8')).toBe('kept');
  });

  it('fails without creating anything when the folder does not exist', async () => {
    await expect(atomicWrite(path.join(dir, 'missing', 'x.json'), 'new')).rejects.toThrow(/ENOENT/);
    expect(await readdir(dir)).toEqual([]);
  });
});
