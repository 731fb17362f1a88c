import {
  link,
  mkdir,
  mkdtemp,
  open,
  readdir,
  readFile,
  rename,
  rm,
  stat,
  unlink,
  utimes,
  writeFile,
} from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { keepSheet, readArchive, type SheetArchiveFs } from './sheetArchive';

let root: string;
let dir: string;

beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'cordon-sheets-'));
  dir = path.join(root, 'sheets', 'site-1');
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

const pdf = (text: string) => new TextEncoder().encode(`%PDF-1.7 ${text}`);
const NAME = 'shift_2026-11-28_白班_XZY-0042.pdf';
const realFs = (): SheetArchiveFs => ({ open, link, rename, unlink, readdir: (d) => readdir(d), mkdir, stat });
const fsError = (code: string) => Object.assign(new Error(code), { code });

describe('keepSheet', () => {
  it('makes the folder, keeps the sheet under its own name and leaves no temp file', async () => {
    expect(await keepSheet(dir, NAME, pdf('one'))).toBe(NAME);
    expect(await readFile(path.join(dir, NAME), 'utf8')).toBe('%PDF-1.7 one');
    expect(await readdir(dir)).toEqual([NAME]);
  });

  it('never overwrites a kept sheet: a second of the same name gets the next free one', async () => {
    await keepSheet(dir, NAME, pdf('one'));
    expect(await keepSheet(dir, NAME, pdf('two'))).toBe('shift_2026-11-28_白班_XZY-0042 (2).pdf');
    expect(await keepSheet(dir, NAME, pdf('three'))).toBe('shift_2026-11-28_白班_XZY-0042 (3).pdf');
    expect(await readFile(path.join(dir, NAME), 'utf8')).toBe('%PDF-1.7 one');
    expect(await readFile(path.join(dir, 'shift_2026-11-28_白班_XZY-0042 (2).pdf'), 'utf8')).toBe('%PDF-1.7 two');
    expect((await readdir(dir)).length).toBe(3);
  });

  it('reads the folder again when a file takes the name between the read and the link', async () => {
    const fs = realFs();
    let raced = false;
    fs.link = async (from, to) => {
      if (!raced) {
        raced = true;
        await writeFile(to, 'someone else');
      }
      return link(from, to);
    };
    expect(await keepSheet(dir, NAME, pdf('mine'), fs)).toBe('shift_2026-11-28_白班_XZY-0042 (2).pdf');
    expect(await readFile(path.join(dir, NAME), 'utf8')).toBe('someone else');
    expect((await readdir(dir)).sort()).toEqual([NAME, 'shift_2026-11-28_白班_XZY-0042 (2).pdf'].sort());
  });

  it('gives up after 20 tries, leaving no temp file, when the name is taken again and again', async () => {
    const fs = realFs();
    let tries = 0;
    fs.link = async () => {
      tries++;
      return Promise.reject(fsError('EEXIST'));
    };
    await expect(keepSheet(dir, NAME, pdf('x'), fs)).rejects.toThrow(/no free name/);
    expect(tries).toBe(20);
    expect(await readdir(dir)).toEqual([]);
  });

  it.each(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS'])(
    'renames to a free name on a file system without hard links (%s)',
    async (code) => {
      await mkdir(dir, { recursive: true });
      await writeFile(path.join(dir, NAME), 'kept');
      const fs = realFs();
      fs.link = async () => Promise.reject(fsError(code));
      expect(await keepSheet(dir, NAME, pdf('new'), fs)).toBe('shift_2026-11-28_白班_XZY-0042 (2).pdf');
      expect(await readFile(path.join(dir, NAME), 'utf8')).toBe('kept');
      expect(await readFile(path.join(dir, 'shift_2026-11-28_白班_XZY-0042 (2).pdf'), 'utf8')).toBe('%PDF-1.7 new');
      expect((await readdir(dir)).length).toBe(2);
    },
  );

  it('flushes the sheet, then the folder, closing every handle it opens', async () => {
    const fs = realFs();
    const steps: string[] = [];
    fs.open = async (...args: Parameters<typeof open>) => {
      const handle = await open(...args);
      const what = String(args[0]) === dir ? 'folder' : 'sheet';
      const sync = handle.sync.bind(handle);
      const close = handle.close.bind(handle);
      handle.sync = async () => {
        steps.push(`sync ${what}`);
        return sync();
      };
      handle.close = async () => {
        steps.push(`close ${what}`);
        return close();
      };
      return handle;
    };
    await keepSheet(dir, NAME, pdf('x'), fs);
    expect(steps).toEqual(['sync sheet', 'close sheet', 'sync folder', 'close folder']);
  });

  it('keeps the sheet when the folder cannot be flushed (Windows cannot open a folder)', async () => {
    const fs = realFs();
    fs.open = async (...args: Parameters<typeof open>) =>
      String(args[0]) === dir ? Promise.reject(fsError('EISDIR')) : open(...args);
    expect(await keepSheet(dir, NAME, pdf('x'), fs)).toBe(NAME);
    expect(await readdir(dir)).toEqual([NAME]);
  });

  it('fails on any other error, leaving the folder as it was', async () => {
    const fs = realFs();
    fs.link = async () => Promise.reject(fsError('EIO'));
    await expect(keepSheet(dir, NAME, pdf('x'), fs)).rejects.toThrow('EIO');
    fs.link = async () => Promise.reject(new Error('no code'));
    await expect(keepSheet(dir, NAME, pdf('x'), fs)).rejects.toThrow('no code');
    expect(await readdir(dir)).toEqual([]);
  });

  it('removes the temp file when writing it fails (a full disk)', async () => {
    const fs = realFs();
    let closed = 0;
    fs.open = async (...args: Parameters<typeof open>) => {
      const handle = await open(...args);
      const close = handle.close.bind(handle);
      handle.writeFile = async () => Promise.reject(fsError('ENOSPC'));
      handle.close = async () => {
        closed++;
        return close();
      };
      return handle;
    };
    await expect(keepSheet(dir, NAME, pdf('x'), fs)).rejects.toThrow('ENOSPC');
    expect(closed).toBe(1);
    expect(await readdir(dir)).toEqual([]);
  });
});

describe('readArchive', () => {
  it('is empty before the first sheet, when the folder is not there', async () => {
    expect(await readArchive(dir)).toEqual([]);
  });

  it('lists the kept sheets newest first, with their size and time, and nothing else', async () => {
    await keepSheet(dir, 'shift_2026-11-27_夜班_X-1.pdf', pdf('older'));
    await keepSheet(dir, NAME, pdf('newer'));
    await utimes(path.join(dir, 'shift_2026-11-27_夜班_X-1.pdf'), 1_000, 1_000);
    await utimes(path.join(dir, NAME), 2_000, 2_000);
    await writeFile(path.join(dir, 'notes.txt'), 'x');
    await writeFile(path.join(dir, '.cordon-0011223344556677.tmp'), 'x');
    await mkdir(path.join(dir, 'shift_2026-11-28_folder.pdf'));
    expect(await readArchive(dir)).toEqual([
      { name: NAME, bytes: pdf('newer').byteLength, modifiedAt: 2_000_000, kind: 'shift', date: '2026-11-28' },
      {
        name: 'shift_2026-11-27_夜班_X-1.pdf',
        bytes: pdf('older').byteLength,
        modifiedAt: 1_000_000,
        kind: 'shift',
        date: '2026-11-27',
      },
    ]);
  });

  it('leaves out a file removed while the folder is read, and fails on an unreadable folder', async () => {
    await keepSheet(dir, NAME, pdf('x'));
    const fs = realFs();
    fs.readdir = async (d) => [...(await readdir(d)), 'shift_2026-11-28_gone.pdf'];
    expect((await readArchive(dir, fs)).map((s) => s.name)).toEqual([NAME]);
    fs.readdir = async () => Promise.reject(fsError('EACCES'));
    await expect(readArchive(dir, fs)).rejects.toThrow('EACCES');
  });
});
