import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readFileBounded } from './readBounded';

let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'cordon-read-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('readFileBounded', () => {
  it('reads a file up to the limit into an exactly-sized array', async () => {
    const file = path.join(dir, 'a.bin');
    await writeFile(file, new Uint8Array([1, 2, 3, 4]));
    const read = await readFileBounded(file, 4);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect([...read.data]).toEqual([1, 2, 3, 4]);
    expect(read.data.buffer.byteLength).toBe(4);
  });

  it('refuses a file over the limit', async () => {
    const file = path.join(dir, 'big.bin');
    await writeFile(file, new Uint8Array(5));
    expect(await readFileBounded(file, 4)).toEqual({ ok: false, reason: 'too-large' });
  });

  it('reads an empty file', async () => {
    const file = path.join(dir, 'empty');
    await writeFile(file, '');
    const read = await readFileBounded(file, 4);
    expect(read.ok && read.data.byteLength).toBe(0);
  });
});
