import { describe, expect, it } from 'vitest';
import {
  MAX_PLAN_BYTES,
  checkPixels,
  checkPlanImage,
  jpegComplete,
  jpegSize,
  lineLength,
  looksLikeSvg,
  metresPerUnitFromLine,
  pngIntact,
  pngSize,
  sniffPlanImage,
} from './planImage';
import { crc32 } from './crc32';

const be32 = (n: number) => [(n >>> 24) & 0xff, (n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff];
const be16 = (n: number) => [(n >>> 8) & 0xff, n & 0xff];
const le16 = (n: number) => [n & 0xff, (n >>> 8) & 0xff];
const ascii = (s: string) => Array.from({ length: s.length }, (_, i) => s.charCodeAt(i));
const text = (s: string) => new TextEncoder().encode(s);
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** The signature and an IHDR chunk: all a header reader needs (the CRC is not checked). */
const png = (width: number, height: number) =>
  new Uint8Array([
    0x89,
    0x50,
    0x4e,
    0x47,
    0x0d,
    0x0a,
    0x1a,
    0x0a,
    ...be32(13),
    ...ascii('IHDR'),
    ...be32(width),
    ...be32(height),
    8,
    6,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
  ]);

/** A PNG chunk: length, type, data and the CRC-32 of type and data. */
function pngChunk(type: string, data: Uint8Array): number[] {
  const body = new Uint8Array([...ascii(type), ...data]);
  return [...be32(data.length), ...body, ...be32(crc32(body))];
}

const adler32 = (data: Uint8Array) => {
  let a = 1;
  let b = 0;
  for (const x of data) {
    a = (a + x) % 65521;
    b = (b + a) % 65521;
  }
  return ((b << 16) | a) >>> 0;
};

/** A zlib stream of stored (uncompressed) deflate blocks: valid, and made without a compressor. */
function zlibStored(data: Uint8Array): Uint8Array {
  const parts: number[][] = [[0x78, 0x01]];
  for (let at = 0; at < data.length; at += 0xffff) {
    const block = data.subarray(at, at + 0xffff);
    const last = at + 0xffff >= data.length ? 1 : 0;
    parts.push([last, ...le16(block.length), ...le16(~block.length & 0xffff)], Array.from(block));
  }
  parts.push(be32(adler32(data)));
  return new Uint8Array(parts.flat());
}

/** A complete, decodable 8-bit RGB PNG: a pale plan with a dark border and a 50 px grid. */
function planPng(width = 400, height = 300): Uint8Array {
  const raw = new Uint8Array((width * 3 + 1) * height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const edge = x < 6 || y < 6 || x >= width - 6 || y >= height - 6;
      const grid = x % 50 === 0 || y % 50 === 0;
      raw.set(edge ? [30, 60, 120] : grid ? [200, 170, 120] : [250, 236, 200], y * (width * 3 + 1) + 1 + x * 3);
    }
  }
  const header = new Uint8Array([...be32(width), ...be32(height), 8, 2, 0, 0, 0]);
  return new Uint8Array([
    ...PNG_SIGNATURE,
    ...pngChunk('IHDR', header),
    ...pngChunk('IDAT', zlibStored(raw)),
    ...pngChunk('IEND', new Uint8Array()),
  ]);
}

/**
 * A scan header for three components, then entropy-coded data holding a stuffed 0xFF00
 * and a restart marker (neither ends the data), and the end-of-image marker.
 */
const scanToEnd = [
  ...[0xff, 0xda, ...be16(12), 3, 1, 0x00, 2, 0x11, 3, 0x11, 0, 0x3f, 0],
  ...[0x12, 0xff, 0x00, 0x34, 0xff, 0xd0, 0x56, 0x78],
  ...[0xff, 0xd9],
];

/** SOI, an APP0 segment to skip, a start-of-frame with the given marker, one scan and EOI. */
const jpeg = (width: number, height: number, sof = 0xc0) =>
  new Uint8Array([
    0xff,
    0xd8,
    0xff,
    0xe0,
    ...be16(16),
    ...ascii('JFIF'),
    0,
    1,
    1,
    0,
    0,
    1,
    0,
    1,
    0,
    0,
    0xff,
    sof,
    ...be16(17),
    8,
    ...be16(height),
    ...be16(width),
    3,
    1,
    0x22,
    0,
    2,
    0x11,
    1,
    3,
    0x11,
    1,
    ...scanToEnd,
  ]);

describe('sniffPlanImage', () => {
  it('knows PNG and JPEG by their magic numbers, whatever the file is called', () => {
    expect(sniffPlanImage(png(10, 10))).toBe('png');
    expect(sniffPlanImage(jpeg(10, 10))).toBe('jpeg');
    expect(sniffPlanImage(text('hello, this is not a picture'))).toBeNull();
    expect(sniffPlanImage(new Uint8Array([0x89, 0x50, 0x4e]))).toBeNull();
    expect(sniffPlanImage(text('GIF89a'))).toBeNull();
  });

  it('knows SVG by its text start, after BOM, XML declaration, comments and doctype', () => {
    expect(looksLikeSvg(text('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toBe(true);
    expect(
      looksLikeSvg(
        text(
          '\uFEFF  \n<?xml version="1.0" encoding="UTF-8"?>\n<!-- drawn by hand -->\n<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "x.dtd">\n<svg>',
        ),
      ),
    ).toBe(true);
    expect(looksLikeSvg(text('<svgx>'))).toBe(false);
    expect(looksLikeSvg(text('<html><svg></svg></html>'))).toBe(false);
    expect(looksLikeSvg(text('<?xml version="1.0"?><note/>'))).toBe(false);
    expect(sniffPlanImage(text('<svg viewBox="0 0 1 1"></svg>'))).toBe('svg');
  });
});

describe('header sizes', () => {
  it('reads a PNG size from IHDR', () => {
    expect(pngSize(png(1000, 700))).toEqual({ width: 1000, height: 700 });
    expect(pngSize(png(30000, 30000))).toEqual({ width: 30000, height: 30000 });
    expect(pngSize(png(0x80000001, 1))).toEqual({ width: 0x80000001, height: 1 });
  });

  it('refuses a PNG without IHDR first or cut short', () => {
    const wrong = png(5, 5);
    wrong.set(ascii('IDAT'), 12);
    expect(pngSize(wrong)).toBeNull();
    expect(pngSize(png(5, 5).subarray(0, 20))).toBeNull();
  });

  it('reads a JPEG size from SOF0 and SOF2 after other segments', () => {
    expect(jpegSize(jpeg(4032, 3024))).toEqual({ width: 4032, height: 3024 });
    expect(jpegSize(jpeg(640, 480, 0xc2))).toEqual({ width: 640, height: 480 });
  });

  it('does not take a DHT (0xC4) segment for a frame, and gives up on a broken stream', () => {
    const withDht = new Uint8Array([0xff, 0xd8, 0xff, 0xc4, ...be16(4), 0, 0, ...jpeg(320, 200).subarray(2)]);
    expect(jpegSize(withDht)).toEqual({ width: 320, height: 200 });
    expect(jpegSize(new Uint8Array([0xff, 0xd8, 0xff, 0xda, 0, 2]))).toBeNull();
    expect(jpegSize(new Uint8Array([0xff, 0xd8, 0x00, 0x00, 0, 0]))).toBeNull();
    expect(jpegSize(jpeg(10, 10).subarray(0, 26))).toBeNull();
  });
});

describe('checkPlanImage', () => {
  it('accepts a PNG and a JPEG with their sizes and types', () => {
    expect(checkPlanImage(planPng(400, 300))).toEqual({
      ok: true,
      kind: 'png',
      mimeType: 'image/png',
      width: 400,
      height: 300,
    });
    expect(checkPlanImage(jpeg(4032, 3024))).toEqual({
      ok: true,
      kind: 'jpeg',
      mimeType: 'image/jpeg',
      width: 4032,
      height: 3024,
    });
  });

  it('passes an SVG on for sanitising, its size still to be read', () => {
    expect(checkPlanImage(text('<svg/>'))).toEqual({
      ok: true,
      kind: 'svg',
      mimeType: 'image/svg+xml',
      width: 0,
      height: 0,
    });
  });

  it('refuses each bad file with its own reason', () => {
    expect(checkPlanImage(new Uint8Array())).toEqual({ ok: false, reason: 'empty' });
    expect(checkPlanImage(text('name,phone\n张三,138'))).toEqual({ ok: false, reason: 'not-an-image' });
    expect(checkPlanImage(png(30000, 30000))).toEqual({ ok: false, reason: 'too-many-pixels' });
    expect(checkPlanImage(png(10000, 10000))).toEqual({ ok: false, reason: 'too-many-pixels' });
    expect(checkPlanImage(png(0, 10))).toEqual({ ok: false, reason: 'broken-image' });
    expect(checkPlanImage(new Uint8Array([0xff, 0xd8, 0xff, 0xd9]))).toEqual({ ok: false, reason: 'broken-image' });
  });

  it('takes a file of exactly 20 MiB and refuses one byte more', () => {
    expect(MAX_PLAN_BYTES).toBe(20_971_520);
    const atLimit = new Uint8Array(20_971_520);
    atLimit.set(planPng(400, 300));
    expect(checkPlanImage(atLimit)).toMatchObject({ ok: true, kind: 'png', width: 400, height: 300 });
    const over = new Uint8Array(20_971_521);
    over.set(planPng(400, 300));
    expect(checkPlanImage(over)).toEqual({ ok: false, reason: 'too-large-file' });
  });

  it('limits each side to 12,000 pixels and the picture to 80 million, both inclusive', () => {
    expect(checkPixels(12_000, 6_000)).toBeNull();
    expect(checkPixels(12_000, 1)).toBeNull();
    expect(checkPixels(1, 12_000)).toBeNull();
    expect(checkPixels(12_001, 10)).toBe('too-many-pixels');
    expect(checkPixels(10, 12_001)).toBe('too-many-pixels');
    expect(checkPixels(10_000, 8_000)).toBeNull();
    expect(checkPixels(8_000, 10_000)).toBeNull();
    expect(checkPixels(10_000, 8_001)).toBe('too-many-pixels');
    expect(checkPixels(9_000, 9_000)).toBe('too-many-pixels');
    expect(checkPixels(1, 1)).toBeNull();
  });

  it('calls a size that is zero, negative or not a number a broken picture', () => {
    for (const [w, h] of [
      [0, 10],
      [10, 0],
      [-5, 10],
      [Number.NaN, 5],
      [5, Number.NaN],
      [Number.POSITIVE_INFINITY, 5],
      [5, Number.POSITIVE_INFINITY],
    ] as const) {
      expect(checkPixels(w, h)).toBe('broken-image');
    }
  });
});

describe('checkPlanImage on a damaged PNG', () => {
  const whole = planPng(400, 300);
  const damaged = { ok: false, reason: 'broken-image' };
  /** Where the first IDAT chunk's data starts: after the signature (8) and IHDR (12 + 13), past its own length and type. */
  const idatData = 8 + 25 + 8;

  it('accepts the whole picture, also with bytes after its end', () => {
    expect(checkPlanImage(whole)).toMatchObject({ ok: true, kind: 'png', width: 400, height: 300 });
    expect(checkPlanImage(new Uint8Array([...whole, 0, 0, 0, 0]))).toMatchObject({ ok: true });
  });

  it('refuses it cut off at 600 bytes or at half', () => {
    expect(checkPlanImage(whole.subarray(0, 600))).toEqual(damaged);
    expect(checkPlanImage(whole.subarray(0, Math.floor(whole.length / 2)))).toEqual(damaged);
    // Cut just before the last byte: only IEND's CRC is short.
    expect(checkPlanImage(whole.subarray(0, whole.length - 1))).toEqual(damaged);
  });

  it('refuses it without its IEND chunk', () => {
    expect(checkPlanImage(whole.subarray(0, whole.length - 12))).toEqual(damaged);
  });

  it('refuses it with one byte of its picture data flipped', () => {
    const flipped = whole.slice();
    const at = idatData + 1000;
    flipped[at] = (flipped[at] ?? 0) ^ 0xff;
    expect(checkPlanImage(flipped)).toEqual(damaged);
  });

  it('refuses a header with no picture data, or chunks out of order', () => {
    expect(checkPlanImage(png(400, 300))).toEqual(damaged);
    const iend = whole.subarray(whole.length - 12);
    const withoutIdat = new Uint8Array([...whole.subarray(0, idatData - 8), ...iend]);
    expect(checkPlanImage(withoutIdat)).toEqual(damaged);
    const iendFirst = new Uint8Array([...PNG_SIGNATURE, ...iend, ...whole.subarray(8)]);
    expect(checkPlanImage(iendFirst)).toEqual(damaged);
  });
});

describe('checkPlanImage on a cut-off JPEG', () => {
  const whole = jpeg(640, 480);
  const damaged = { ok: false, reason: 'broken-image' };

  it('accepts a whole JPEG, also with what phones append after its end', () => {
    expect(checkPlanImage(whole)).toMatchObject({ ok: true, kind: 'jpeg', width: 640, height: 480 });
    // A second picture (as in a phone's multi-picture file) and padding after EOI.
    expect(checkPlanImage(new Uint8Array([...whole, ...jpeg(160, 120), 0, 0, 0]))).toMatchObject({ ok: true });
    expect(checkPlanImage(new Uint8Array([...whole, ...text('trailer without markers')]))).toMatchObject({
      ok: true,
    });
  });

  it('accepts a progressive JPEG: tables between its scans', () => {
    const dht = [0xff, 0xc4, ...be16(4), 0, 0];
    const twoScans = new Uint8Array([...jpeg(640, 480, 0xc2).subarray(0, -2), ...dht, ...scanToEnd]);
    expect(checkPlanImage(twoScans)).toMatchObject({ ok: true, width: 640, height: 480 });
  });

  it('refuses a JPEG cut off in its picture data or just before its end marker', () => {
    expect(checkPlanImage(whole.subarray(0, whole.length - 5))).toEqual(damaged);
    expect(checkPlanImage(whole.subarray(0, whole.length - 1))).toEqual(damaged);
    expect(checkPlanImage(whole.subarray(0, whole.length - 2))).toEqual(damaged);
  });

  it('does not take the end marker of a thumbnail inside the header for the end of the picture', () => {
    // An EXIF-like APP1 segment carrying a whole small JPEG, as cameras store their thumbnail.
    const thumbnail = jpeg(160, 120);
    const app1 = [0xff, 0xe1, ...be16(2 + thumbnail.length), ...thumbnail];
    const withThumbnail = new Uint8Array([0xff, 0xd8, ...app1, ...whole.subarray(2)]);
    expect(checkPlanImage(withThumbnail)).toMatchObject({ ok: true, width: 640, height: 480 });
    expect(checkPlanImage(withThumbnail.subarray(0, withThumbnail.length - 4))).toEqual(damaged);
  });

  it('refuses a JPEG with a frame but no picture data', () => {
    const scanAt = whole.length - scanToEnd.length;
    expect(checkPlanImage(new Uint8Array([...whole.subarray(0, scanAt), 0xff, 0xd9]))).toEqual(damaged);
  });
});

describe('scale from a line', () => {
  it('is metres over plan units', () => {
    expect(metresPerUnitFromLine(200, 50)).toBe(0.25);
    expect(lineLength({ x: 0, y: 0 }, { x: 300, y: 400 })).toBe(500);
    expect(metresPerUnitFromLine(lineLength({ x: 10, y: 10 }, { x: 10, y: 110 }), 25)).toBe(0.25);
  });

  it('is null for a line of no length or no metres', () => {
    expect(metresPerUnitFromLine(0, 50)).toBeNull();
    expect(metresPerUnitFromLine(100, 0)).toBeNull();
    expect(metresPerUnitFromLine(100, -3)).toBeNull();
    expect(metresPerUnitFromLine(Number.POSITIVE_INFINITY, 3)).toBeNull();
    expect(metresPerUnitFromLine(100, Number.NaN)).toBeNull();
  });
});

describe('SVG prologue, item by item', () => {
  const svgWithBytes = (...parts: (string | number[])[]) =>
    new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? ascii(p) : p)));

  it('skips a doctype with an internal subset, also with space before its end', () => {
    expect(looksLikeSvg(text('<!DOCTYPE svg [ <!ENTITY a "b"> ]><svg>'))).toBe(true);
    expect(looksLikeSvg(text('<!DOCTYPE svg [ <!ENTITY a "b"> ] ><svg>'))).toBe(true);
  });

  it('strips prologue items only at the start, never from inside the element', () => {
    expect(looksLikeSvg(svgWithBytes('<svg', [0xef, 0xbb, 0xbf], '>'))).toBe(false);
    expect(looksLikeSvg(text('<svg<?xml version="1.0"?>>'))).toBe(false);
    expect(looksLikeSvg(text('<svg<!-- note -->>'))).toBe(false);
    expect(looksLikeSvg(text('<svg<!DOCTYPE svg>>'))).toBe(false);
  });
});

describe('pngSize and pngIntact on their own', () => {
  it('reads the size from exactly 24 bytes', () => {
    expect(pngSize(png(5, 7).subarray(0, 24))).toEqual({ width: 5, height: 7 });
    expect(pngSize(png(5, 7).subarray(0, 23))).toBeNull();
  });

  it('needs the signature in front of whole chunks', () => {
    const whole = planPng(20, 10);
    expect(pngIntact(whole)).toBe(true);
    expect(pngIntact(new Uint8Array([0, 0, 0, 0, 0, 0, 0, 0, ...whole.subarray(8)]))).toBe(false);
  });

  it('takes a chunk of its own between IHDR and IDAT, but no odd type, no second or long IHDR', () => {
    const whole = planPng(20, 10);
    const ihdr = Array.from(whole.subarray(8, 33));
    const rest = Array.from(whole.subarray(33));
    const withChunk = (chunk: number[], head = ihdr) => new Uint8Array([...PNG_SIGNATURE, ...head, ...chunk, ...rest]);
    expect(pngIntact(withChunk(pngChunk('tEXt', new Uint8Array(ascii('a\0b')))))).toBe(true);
    expect(pngIntact(withChunk(pngChunk('tE5t', new Uint8Array(ascii('a\0b')))))).toBe(false);
    expect(pngIntact(withChunk(ihdr))).toBe(false);
    const longIhdr = pngChunk('IHDR', new Uint8Array([...be32(20), ...be32(10), 8, 2, 0, 0, 0, 0]));
    expect(pngIntact(withChunk([], longIhdr))).toBe(false);
  });
});

describe('jpegSize walking the segments', () => {
  /** A bare baseline start-of-frame for 20 × 10 pixels, one component. */
  const sof = [0xff, 0xc0, ...be16(11), 8, ...be16(10), ...be16(20), 1, 1, 0x11, 0];

  it('skips fill bytes, restart and TEM markers and an empty segment', () => {
    for (const before of [[0xff], [0xff, 0xd0], [0xff, 0xd7], [0xff, 0x01], [0xff, 0xe0, 0x00, 0x02]]) {
      expect(jpegSize(new Uint8Array([0xff, 0xd8, ...before, ...sof]))).toEqual({ width: 20, height: 10 });
    }
  });

  it('reads a frame that ends right after its size', () => {
    expect(jpegSize(new Uint8Array([0xff, 0xd8, ...sof.slice(0, 9)]))).toEqual({ width: 20, height: 10 });
    expect(jpegSize(new Uint8Array([0xff, 0xd8, ...sof.slice(0, 8)]))).toBeNull();
  });

  it('gives up without the start marker, on a stray byte, or at an end or scan before any frame', () => {
    expect(jpegSize(new Uint8Array([0x00, 0x00, ...sof]))).toBeNull();
    expect(jpegSize(new Uint8Array([0xff, 0xd8, 0x00, ...sof.slice(1)]))).toBeNull();
    expect(jpegSize(new Uint8Array([0xff, 0xd8, 0xff, 0xd9, 0x00, 0x02, ...sof]))).toBeNull();
    expect(jpegSize(new Uint8Array([0xff, 0xd8, 0xff, 0xda, 0x00, 0x02, ...sof]))).toBeNull();
  });
});

describe('jpegComplete walking the segments', () => {
  const whole = jpeg(640, 480);
  const rest = Array.from(whole.subarray(2));
  /** An APP1 segment holding only an end marker, which must be skipped as data. */
  const app1WithEnd = [0xff, 0xe1, 0x00, 0x04, 0xff, 0xd9];

  it('is whole after fill bytes, restart and TEM markers, stray bytes and an empty segment', () => {
    for (const before of [[0xff], [0xff, 0xd0], [0xff, 0xd7], [0xff, 0x01], [0x00, 0x12], [0xff, 0xe0, 0x00, 0x02]]) {
      expect(jpegComplete(new Uint8Array([0xff, 0xd8, ...before, ...app1WithEnd, ...rest]))).toBe(true);
    }
  });

  it('skips a table whose bytes read like an end marker, as data of its length', () => {
    const tableWithEnd = [0xff, 0xc4, ...be16(6), 0x10, 0x00, 0xff, 0xd9];
    expect(jpegComplete(new Uint8Array([0xff, 0xd8, ...tableWithEnd, ...rest]))).toBe(true);
  });

  it('reads past a restart, then a stuffed 0xFF, in the picture data to a filled end marker', () => {
    const header = Array.from(whole.subarray(0, whole.length - scanToEnd.length));
    const scanHeader = scanToEnd.slice(0, 14);
    // The last 0xFF is a fill byte before the end marker, or, cut off, the file's last byte.
    const data = [0x12, 0xff, 0xd0, 0x34, 0xff, 0x00, 0x56, 0x78, 0xff];
    expect(jpegComplete(new Uint8Array([...header, ...scanHeader, ...data, 0xff, 0xd9]))).toBe(true);
    expect(jpegComplete(new Uint8Array([...header, ...scanHeader, ...data]))).toBe(false);
  });

  it('is broken without the start marker, with a segment length under 2, or stray bytes to the end', () => {
    expect(jpegComplete(new Uint8Array([0x00, 0x00, ...rest]))).toBe(false);
    expect(jpegComplete(new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x00, ...rest]))).toBe(false);
    expect(jpegComplete(new Uint8Array([0xff, 0xd8, 0x00, 0x00, 0x00]))).toBe(false);
  });
});
