import { describe, expect, it } from 'vitest';
import { crc32 } from './crc32';

const text = (s: string) => new TextEncoder().encode(s);

describe('crc32', () => {
  it('gives the standard check value and the CRC of an empty IEND chunk', () => {
    // The published check value of CRC-32/ISO-HDLC, and the CRC every PNG ends with.
    expect(crc32(text('123456789'))).toBe(0xcbf43926);
    expect(crc32(text('IEND'))).toBe(0xae426082);
    expect(crc32(new Uint8Array())).toBe(0);
  });

  it('covers only the range asked for', () => {
    expect(crc32(text('xx123456789yy'), 2, 11)).toBe(0xcbf43926);
  });
});
