/**
 * Bytes for the bad-file generator, made without TextEncoder or Node's Buffer: shared/
 * has neither, and the same cases run in Vitest and in a Playwright spec.
 */

/** Text as UTF-8 (cases run to megabytes: written straight into one buffer). */
export function utf8(text: string): Uint8Array {
  const out = new Uint8Array(text.length * 3);
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (c >= 0xd800 && c < 0xdc00 && i + 1 < text.length) {
      c = 0x10000 + ((c - 0xd800) << 10) + (text.charCodeAt(i + 1) - 0xdc00);
      i += 1;
    }
    if (c < 0x80) out[n++] = c;
    else if (c < 0x800) {
      out[n++] = 0xc0 | (c >> 6);
      out[n++] = 0x80 | (c & 0x3f);
    } else if (c < 0x10000) {
      out[n++] = 0xe0 | (c >> 12);
      out[n++] = 0x80 | ((c >> 6) & 0x3f);
      out[n++] = 0x80 | (c & 0x3f);
    } else {
      out[n++] = 0xf0 | (c >> 18);
      out[n++] = 0x80 | ((c >> 12) & 0x3f);
      out[n++] = 0x80 | ((c >> 6) & 0x3f);
      out[n++] = 0x80 | (c & 0x3f);
    }
  }
  return out.slice(0, n);
}

/** Bytes of a string whose characters are all below 256 (markup, signatures), one byte each. */
export function latin1(text: string): Uint8Array {
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) out[i] = text.charCodeAt(i) & 0xff;
  return out;
}

export function concat(...parts: readonly (Uint8Array | readonly number[])[]): Uint8Array {
  const size = parts.reduce((n, p) => n + p.length, 0);
  const out = new Uint8Array(size);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** `count` copies of one byte. */
export const repeat = (byte: number, count: number): Uint8Array => new Uint8Array(count).fill(byte);

/** The same bytes with the one at `at` inverted: a bit rot, a bad sector, a bad copy. */
export function flip(bytes: Uint8Array, at: number): Uint8Array {
  const out = bytes.slice();
  out[at] = (out[at] ?? 0) ^ 0xff;
  return out;
}

export const u16le = (n: number) => [n & 0xff, (n >>> 8) & 0xff];
export const u32le = (n: number) => [n & 0xff, (n >>> 8) & 0xff, (n >>> 16) & 0xff, (n >>> 24) & 0xff];
export const u16be = (n: number) => [(n >>> 8) & 0xff, n & 0xff];
export const u32be = (n: number) => [(n >>> 24) & 0xff, (n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff];

/**
 * The GBK codes of the characters the GBK cases write, as Chinese Excel and WPS save
 * them (taken from a GBK decoder's table).
 */
const GBK: Record<string, readonly [number, number]> = {
  姓: [0xd0, 0xd5],
  名: [0xc3, 0xfb],
  电: [0xb5, 0xe7],
  话: [0xbb, 0xb0],
  单: [0xb5, 0xa5],
  位: [0xce, 0xbb],
  工: [0xb9, 0xa4],
  作: [0xd7, 0xf7],
  组: [0xd7, 0xe9],
  预: [0xd4, 0xa4],
  备: [0xb1, 0xb8],
  队: [0xb6, 0xd3],
  注: [0xd7, 0xa2],
  坏: [0xbb, 0xb5],
  文: [0xce, 0xc4],
  件: [0xbc, 0xfe],
  测: [0xb2, 0xe2],
  试: [0xca, 0xd4],
  甲: [0xbc, 0xd7],
  乙: [0xd2, 0xd2],
  丙: [0xb1, 0xfb],
  丁: [0xb6, 0xa1],
  戊: [0xce, 0xec],
  己: [0xbc, 0xba],
  庚: [0xb8, 0xfd],
  辛: [0xd0, 0xc1],
  志: [0xd6, 0xbe],
  愿: [0xd4, 0xb8],
  者: [0xd5, 0xdf],
  保: [0xb1, 0xa3],
  安: [0xb0, 0xb2],
  是: [0xca, 0xc7],
  否: [0xb7, 0xf1],
  夜: [0xd2, 0xb9],
  班: [0xb0, 0xe0],
};

/** Text as GBK bytes; only ASCII and the characters above. */
export function gbk(text: string): Uint8Array {
  const out = new Uint8Array(text.length * 2);
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      out[n++] = c;
      continue;
    }
    const code = GBK[text.charAt(i)];
    if (!code) throw new Error(`no GBK code for ${text.charAt(i)} in the generator's table`);
    out[n++] = code[0];
    out[n++] = code[1];
  }
  return out.slice(0, n);
}
