/**
 * The audit trail as a chain: each row carries a hash over its content and the hash of
 * the row before it, so a row edited, removed or slipped in afterwards breaks the chain
 * from there on. Pure: the SHA-256 is given by the caller (WebCrypto in either host), as
 * `shared/` has no crypto of its own.
 */

/** SHA-256 of a text (UTF-8), as 64 lowercase hex digits. */
export type Sha256Hex = (text: string) => Promise<string>;

/** What the first row of a chain links to. */
export const CHAIN_START = '0'.repeat(64);

/**
 * A value as one string, the same whatever order its keys were written in: objects by
 * sorted keys with undefined members left out, arrays in order, everything else as JSON
 * writes it. A row read back from the store (or from a restored file) hashes as it did.
 */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? 'null' : canonicalJson(v))).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** The hash of a row whose content is `content`, following the row whose hash is `prevHash`. */
export function linkHash(content: unknown, prevHash: string, sha256: Sha256Hex): Promise<string> {
  return sha256(`${prevHash}\n${canonicalJson(content)}`);
}

export interface ChainLink {
  readonly hash: string;
  readonly prevHash: string;
}

export type ChainCheck =
  | { ok: true; count: number; head: string }
  /** `index`: the first row that does not hold; `link`: it does not follow the row before; `content`: its content is not what was hashed. */
  | { ok: false; index: number; reason: 'link' | 'content' };

/** Walks the rows in their order and says whether the chain holds, or where it first breaks. */
export async function verifyChain<T>(
  rows: readonly T[],
  linkOf: (row: T) => ChainLink,
  contentOf: (row: T) => unknown,
  sha256: Sha256Hex,
): Promise<ChainCheck> {
  let prev = CHAIN_START;
  for (const [index, row] of rows.entries()) {
    const link = linkOf(row);
    if (link.prevHash !== prev) return { ok: false, index, reason: 'link' };
    if ((await linkHash(contentOf(row), link.prevHash, sha256)) !== link.hash)
      return { ok: false, index, reason: 'content' };
    prev = link.hash;
  }
  return { ok: true, count: rows.length, head: prev };
}
