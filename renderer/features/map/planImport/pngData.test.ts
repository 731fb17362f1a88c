import { describe, expect, it } from 'vitest';
import { concat } from '../../../../shared/testing/badFiles/bytes';
import { randomBytes } from '../../../../shared/testing/badFiles/random';
import { ihdr, planPng, pngChunk, PNG_SIGNATURE, zlibStored } from '../../../../shared/testing/badFiles/pictures';
import { expectedDataSize, pngDataComplete } from './pngData';

const png = (header: Uint8Array, data: Uint8Array) =>
  concat(PNG_SIGNATURE, header, pngChunk('IDAT', data), pngChunk('IEND', []));

describe('expectedDataSize', () => {
  it('is a filter byte and the samples of every row', () => {
    expect(expectedDataSize({ width: 40, height: 28, bitDepth: 8, colourType: 2, interlaced: false })).toBe(28 * 121);
    // One bit a pixel: 10 pixels take 2 bytes a row.
    expect(expectedDataSize({ width: 10, height: 3, bitDepth: 1, colourType: 0, interlaced: false })).toBe(3 * 3);
  });

  it("adds up Adam7's seven passes, leaving out the empty ones", () => {
    // 1×1: only the first pass has a pixel.
    expect(expectedDataSize({ width: 1, height: 1, bitDepth: 8, colourType: 6, interlaced: true })).toBe(5);
    // 8×8 RGB: passes of 1×1, 1×1, 2×1, 2×2, 4×2, 4×4, 8×4 pixels.
    const rows = [
      [1, 1],
      [1, 1],
      [2, 1],
      [2, 2],
      [4, 2],
      [4, 4],
      [8, 4],
    ].reduce((sum, [w = 0, h = 0]) => sum + h * (1 + w * 3), 0);
    expect(expectedDataSize({ width: 8, height: 8, bitDepth: 8, colourType: 2, interlaced: true })).toBe(rows);
  });

  it('knows no colour type but the five of the format', () => {
    expect(expectedDataSize({ width: 1, height: 1, bitDepth: 8, colourType: 9, interlaced: false })).toBeNull();
  });
});

describe('pngDataComplete', () => {
  it('is true of a whole PNG', async () => {
    expect(await pngDataComplete(planPng())).toBe(true);
  });

  it('is false when the data is not zlib, or too short for the size, or the header is not there', async () => {
    expect(await pngDataComplete(png(ihdr(40, 28), randomBytes(1, 500)))).toBe(false);
    expect(await pngDataComplete(png(ihdr(400, 280), zlibStored(new Uint8Array(100))))).toBe(false);
    expect(await pngDataComplete(concat(PNG_SIGNATURE, pngChunk('IDAT', zlibStored(new Uint8Array(10)))))).toBe(false);
    expect(await pngDataComplete(png(ihdr(0, 0), zlibStored(new Uint8Array(10))))).toBe(false);
  });

  it('is true when the data holds more than the picture needs (the browser leaves the rest)', async () => {
    expect(await pngDataComplete(png(ihdr(100, 100), zlibStored(new Uint8Array(1024 * 1024))))).toBe(true);
  });
});
