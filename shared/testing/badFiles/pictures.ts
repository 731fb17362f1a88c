import { crc32 } from '../../rules/crc32';
import { concat, latin1, u16be, u32be } from './bytes';
import { deflateStored } from './deflate';

/**
 * Small plan pictures made by hand: a PNG (zlib in stored blocks, so no compressor is
 * needed) and a baseline JPEG of even grey, each whole and decodable, for the cases to
 * cut, flip and lie about.
 */

export const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] as const;

export function pngChunk(type: string, data: Uint8Array | readonly number[]): Uint8Array {
  const body = concat(latin1(type), data);
  return concat(u32be(data.length), body, u32be(crc32(body)));
}

/** IHDR for 8-bit RGB, or the colour type asked for. */
export const ihdr = (width: number, height: number, colourType = 2) =>
  pngChunk('IHDR', [...u32be(width), ...u32be(height), 8, colourType, 0, 0, 0]);

function adler32(data: Uint8Array): number {
  let a = 1;
  let b = 0;
  for (const byte of data) {
    a = (a + byte) % 65521;
    b = (b + a) % 65521;
  }
  return ((b << 16) | a) >>> 0;
}

/** A zlib stream of the data, in stored blocks. */
export const zlibStored = (data: Uint8Array) => concat([0x78, 0x01], deflateStored(data), u32be(adler32(data)));

/** A whole RGB PNG: a pale plan with a dark frame. */
export function planPng(width = 40, height = 28): Uint8Array {
  const raw = new Uint8Array((width * 3 + 1) * height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const edge = x < 2 || y < 2 || x >= width - 2 || y >= height - 2;
      raw.set(edge ? [30, 60, 120] : [250, 236, 200], y * (width * 3 + 1) + 1 + x * 3);
    }
  }
  return concat(PNG_SIGNATURE, ihdr(width, height), pngChunk('IDAT', zlibStored(raw)), pngChunk('IEND', []));
}

/** Where a PNG from planPng has its parts: IHDR at 8, IDAT after it. */
export const PNG_IHDR_AT = 8;
export const PNG_IDAT_AT = 8 + 25;

const segment = (marker: number, body: readonly number[]) => [0xff, marker, ...u16be(body.length + 2), ...body];
/** A Huffman table with one code, `0`, for the one value given. */
const oneCodeTable = (tableClass: number, value: number) => [tableClass << 4, 1, ...Array<number>(15).fill(0), value];

/**
 * A baseline JPEG in even grey: every 8×8 block has a DC difference of 0 and ends at
 * once, each coded as the one-bit code `0`, so the picture data is all zero bytes.
 * `frame` overrides the size the start-of-frame says.
 */
export function planJpeg(width = 40, height = 24, frame = { width, height }): Uint8Array {
  const blocks = Math.ceil(width / 8) * Math.ceil(height / 8);
  const bits = blocks * 2;
  return Uint8Array.from([
    0xff,
    0xd8,
    ...segment(0xdb, [0, ...Array<number>(64).fill(1)]),
    ...segment(0xc0, [8, ...u16be(frame.height), ...u16be(frame.width), 1, 1, 0x11, 0]),
    ...segment(0xc4, oneCodeTable(0, 0)),
    ...segment(0xc4, oneCodeTable(1, 0)),
    ...segment(0xda, [1, 1, 0x00, 0, 63, 0]),
    ...Array<number>(Math.floor(bits / 8)).fill(0),
    ...(bits % 8 ? [0xff >> (bits % 8)] : []),
    0xff,
    0xd9,
  ]);
}

/** Where planJpeg's start-of-scan header begins: after SOI (2), DQT (69), SOF (13) and two DHTs (22 each). */
export const JPEG_SOS_AT = 2 + 69 + 13 + 22 + 22;
