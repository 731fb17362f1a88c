import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readFileBounded } from '../files/readBounded';
import { wallMemoryFile } from './wallMemoryFile';

let dir: string;
let file: string;

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'cordon-wall-'));
  file = path.join(dir, 'wall.json');
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('wallMemoryFile', () => {
  it('reads "closed" before the first write, when there is no file', async () => {
    expect(await wallMemoryFile(file).read()).toEqual({ open: false, displayId: null });
  });

  it('writes the memory whole and reads it back, leaving no temp file', async () => {
    const memory = wallMemoryFile(file);
    await memory.write({ open: true, displayId: 2528732444 });
    expect(await readFile(file, 'utf8')).toBe('{"version":1,"open":true,"displayId":2528732444}\n');
    expect(await memory.read()).toEqual({ open: true, displayId: 2528732444 });
    await memory.write({ open: false, displayId: 2528732444 });
    expect(await wallMemoryFile(file).read()).toEqual({ open: false, displayId: 2528732444 });
    expect(await readdir(dir)).toEqual(['wall.json']);
  });

  it('reads "closed" from a corrupt, empty, oversized or unreadable file', async () => {
    for (const text of ['{"version":1,"open":tr', '', `{"version":1,"open":true,"displayId":1}${' '.repeat(4096)}`]) {
      await writeFile(file, text);
      expect(await wallMemoryFile(file).read(), text.slice(0, 30)).toEqual({ open: false, displayId: null });
    }
    await rm(file);
    await mkdir(file);
    expect(await wallMemoryFile(file).read()).toEqual({ open: false, displayId: null });
  });

  it('reads a file of exactly 4096 bytes', async () => {
    const text = '{"version":1,"open":true,"displayId":1}';
    await writeFile(file, text.padEnd(4096, ' '));
    expect(await wallMemoryFile(file).read()).toEqual({ open: true, displayId: 1 });
  });

  it('writes one after another in the order asked, the last one winning however slow the first', async () => {
    const started: string[] = [];
    const landed: string[] = [];
    const first: { release: (() => void) | null } = { release: null };
    const memory = wallMemoryFile(file, {
      read: readFileBounded,
      write: async (_file, text) => {
        started.push(text);
        if (started.length === 1) {
          await new Promise<void>((resolve) => {
            first.release = resolve;
          });
        }
        landed.push(text);
      },
    });
    const opened = memory.write({ open: true, displayId: 2 });
    const closed = memory.write({ open: false, displayId: 2 });
    await vi.waitFor(() => expect(first.release).not.toBeNull());
    // The second waits for the first, however long the first takes.
    await new Promise((resolve) => setImmediate(resolve));
    expect(started).toHaveLength(1);
    first.release?.();
    await Promise.all([opened, closed]);
    expect(landed).toEqual(['{"version":1,"open":true,"displayId":2}\n', '{"version":1,"open":false,"displayId":2}\n']);
  });

  it('rejects a write that fails, and still makes the next', async () => {
    let fail = true;
    const landed: string[] = [];
    const memory = wallMemoryFile(file, {
      read: readFileBounded,
      write: async (_file, text) => {
        if (fail) {
          fail = false;
          throw new Error('ENOSPC');
        }
        landed.push(text);
      },
    });
    await expect(memory.write({ open: true, displayId: 2 })).rejects.toThrow('ENOSPC');
    await memory.write({ open: false, displayId: 2 });
    expect(landed).toEqual(['{"version":1,"open":false,"displayId":2}\n']);
  });
});
