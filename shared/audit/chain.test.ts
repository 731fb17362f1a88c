import { describe, expect, it } from 'vitest';
import { CHAIN_START, canonicalJson, linkHash, verifyChain, type Sha256Hex } from './chain';

/** WebCrypto's SHA-256, as both hosts have it. */
const sha256: Sha256Hex = async (text) => {
  const digest = await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
};

interface Row {
  content: { at: number; table: string; after: unknown };
  hash: string;
  prevHash: string;
}

async function chain(contents: Row['content'][]): Promise<Row[]> {
  const rows: Row[] = [];
  let prev = CHAIN_START;
  for (const content of contents) {
    const hash = await linkHash(content, prev, sha256);
    rows.push({ content, hash, prevHash: prev });
    prev = hash;
  }
  return rows;
}
const check = (rows: readonly Row[]) =>
  verifyChain(
    rows,
    (r) => r,
    (r) => r.content,
    sha256,
  );
const contents = [
  { at: 1, table: 'entrances', after: { state: 'sealed', name: '沿街门洞3' } },
  { at: 2, table: 'entrances', after: { state: 'controlled-open', name: '沿街门洞3' } },
  { at: 3, table: 'assignments', after: { personId: 'p1', postId: 'post3' } },
];

describe('canonicalJson', () => {
  it('writes a value the same whatever order its keys were given in, leaving undefined members out', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, 'x'], c: null } })).toBe(
      canonicalJson({ a: { c: null, d: [1, 'x'] }, b: 1 }),
    );
    expect(canonicalJson({ a: 1, b: undefined })).toBe('{"a":1}');
    expect(canonicalJson([undefined, 2])).toBe('[null,2]');
    expect(canonicalJson('沿街门洞3 "门"')).toBe(JSON.stringify('沿街门洞3 "门"'));
    expect(canonicalJson(undefined)).toBe('null');
  });
});

describe('the audit chain', () => {
  it('holds for rows written in order, and its head is the last hash', async () => {
    const rows = await chain(contents);
    expect(rows.every((r) => /^[0-9a-f]{64}$/.test(r.hash))).toBe(true);
    expect(new Set(rows.map((r) => r.hash)).size).toBe(3);
    expect(await check(rows)).toEqual({ ok: true, count: 3, head: rows[2]?.hash });
    expect(await check([])).toEqual({ ok: true, count: 0, head: CHAIN_START });
  });

  it('breaks at a row whose content was edited afterwards', async () => {
    const rows = await chain(contents);
    const edited = rows.map((r, i) => (i === 1 ? { ...r, content: { ...r.content, after: { state: 'sealed' } } } : r));
    expect(await check(edited)).toEqual({ ok: false, index: 1, reason: 'content' });
  });

  it('breaks where a row was taken out or slipped in', async () => {
    const rows = await chain(contents);
    expect(await check([rows[0], rows[2]].filter((r) => r !== undefined))).toEqual({
      ok: false,
      index: 1,
      reason: 'link',
    });
    const [first] = contents;
    if (!first) throw new Error('no contents');
    const forged: Row = { content: first, hash: 'f'.repeat(64), prevHash: rows[0]?.hash ?? '' };
    expect(await check([rows[0], forged, rows[1]].filter((r) => r !== undefined))).toEqual({
      ok: false,
      index: 1,
      reason: 'content',
    });
  });

  it('breaks when the rows are rehashed from the middle but the next row still names the old hash', async () => {
    const rows = await chain(contents);
    const first = rows[0];
    if (!first) throw new Error('no rows');
    const changed = { ...contents[1], after: { state: 'closed' } } as Row['content'];
    const rehashed = { content: changed, prevHash: first.hash, hash: await linkHash(changed, first.hash, sha256) };
    expect(await check([first, rehashed, ...rows.slice(2)])).toEqual({ ok: false, index: 2, reason: 'link' });
  });
});
