/**
 * Deflate streams written by hand (shared/ has no zlib): stored blocks for ordinary
 * data, and one dynamic-Huffman block that repeats a byte: a zip bomb's entry, about
 * 1,000 times smaller than what it inflates to.
 */

/** Raw deflate in stored blocks (no compression): valid for any data. */
export function deflateStored(data: Uint8Array): Uint8Array {
  const blocks: number[] = [];
  if (data.length === 0) return Uint8Array.from([0x01, 0x00, 0x00, 0xff, 0xff]);
  for (let at = 0; at < data.length; at += 0xffff) {
    const size = Math.min(0xffff, data.length - at);
    const final = at + size >= data.length ? 1 : 0;
    blocks.push(final, size & 0xff, size >> 8, ~size & 0xff, (~size >> 8) & 0xff);
    for (let i = at; i < at + size; i++) blocks.push(data[i] ?? 0);
  }
  return Uint8Array.from(blocks);
}

/** Bits as deflate packs them: numbers least significant bit first, Huffman codes most significant first. */
class BitWriter {
  private readonly out: number[] = [];
  private byte = 0;
  private used = 0;

  bits(value: number, count: number): void {
    for (let i = 0; i < count; i++) this.bit((value >>> i) & 1);
  }

  code(code: number, length: number): void {
    for (let i = length - 1; i >= 0; i--) this.bit((code >>> i) & 1);
  }

  private bit(b: number): void {
    this.byte |= b << this.used;
    this.used += 1;
    if (this.used === 8) {
      this.out.push(this.byte);
      this.byte = 0;
      this.used = 0;
    }
  }

  done(): Uint8Array {
    if (this.used > 0) this.out.push(this.byte);
    return Uint8Array.from(this.out);
  }
}

/** Order in which the code length code lengths are written (RFC 1951, 3.2.7). */
const CLEN_ORDER = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15];

/**
 * Raw deflate of `size` copies of `byte` (byte < 256): one literal, then matches of 258
 * at distance 1, each two bits long. The block's codes: length 258 (symbol 285) is `0`,
 * the byte `10`, end of block `11`; the one distance code is `0`.
 */
export function deflateRun(byte: number, size: number): Uint8Array {
  const w = new BitWriter();
  w.bits(1, 1); // the last block
  w.bits(2, 2); // dynamic Huffman codes
  w.bits(286 - 257, 5);
  w.bits(1 - 1, 5);
  w.bits(18 - 4, 4);
  // Code length codes: 18 (a run of zeros) is `0`, length 1 is `10`, length 2 is `11`.
  const clen: Record<number, number> = { 18: 1, 1: 2, 2: 2 };
  for (const symbol of CLEN_ORDER.slice(0, 18)) w.bits(clen[symbol] ?? 0, 3);
  const zeros = (count: number) => {
    for (let left = count; left > 0;) {
      const run = Math.min(138, left);
      if (run < 11) throw new Error('runs of fewer than 11 zeros are not written here');
      w.code(0, 1);
      w.bits(run - 11, 7);
      left -= run;
    }
  };
  const length = (n: 1 | 2) => w.code(n === 1 ? 0b10 : 0b11, 2);
  // Literal/length code lengths 0..285: the byte 2, end of block (256) 2, length 258 (285) 1.
  if (byte < 11 || 256 - byte - 1 < 11) throw new Error('the repeated byte must leave runs of 11 zeros around it');
  zeros(byte);
  length(2);
  zeros(256 - byte - 1);
  length(2);
  zeros(285 - 257);
  length(1);
  // Distance code lengths: the one code, 1 bit long.
  length(1);

  const literal = () => w.code(0b10, 2);
  literal();
  let left = size - 1;
  for (; left >= 258; left -= 258) {
    w.code(0, 1); // length 258
    w.code(0, 1); // distance 1
  }
  for (; left > 0; left--) literal();
  w.code(0b11, 2);
  return w.done();
}

/** The CRC-32 table (ISO-HDLC): the register step below needs it, not just a whole CRC. */
const table = Uint32Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

/** A map c -> M·c xor add over GF(2), M given by its 32 columns. */
interface Affine {
  cols: Uint32Array;
  add: number;
}

function apply(f: Affine, c: number): number {
  let out = f.add;
  for (let j = 0; j < 32; j++) if ((c >>> j) & 1) out ^= f.cols[j] ?? 0;
  return out >>> 0;
}

/** g after f. */
const compose = (g: Affine, f: Affine): Affine => ({
  cols: f.cols.map((col) => apply({ cols: g.cols, add: 0 }, col)),
  add: apply(g, f.add),
});

/**
 * The CRC-32 of `size` copies of `byte`, without walking them (a quarter of a GB takes a
 * second that way): one byte's step of the CRC register, table[(c ^ b) & 0xff] ^ (c >>> 8),
 * is affine in c, and is raised to the `size`th power by squaring.
 */
export function crc32OfRun(byte: number, size: number): number {
  const step: Affine = {
    cols: Uint32Array.from({ length: 32 }, (_, j) => ((table[(1 << j) & 0xff] ?? 0) ^ ((1 << j) >>> 8)) >>> 0),
    add: table[byte & 0xff] ?? 0,
  };
  let result: Affine = { cols: Uint32Array.from({ length: 32 }, (_, j) => (1 << j) >>> 0), add: 0 };
  let power = step;
  for (let n = size; n > 0; n = Math.floor(n / 2)) {
    if (n % 2 === 1) result = compose(power, result);
    power = compose(power, power);
  }
  return (apply(result, 0xffffffff) ^ 0xffffffff) >>> 0;
}
