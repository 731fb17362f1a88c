import { describe, expect, it } from 'vitest';
import { hashString, mulberry32 } from './seeded';

describe('seeded randomness', () => {
  it('hashes a label to the same 32-bit seed every time, different labels apart', () => {
    expect(hashString('abc')).toBe(hashString('abc'));
    expect(hashString('abc')).not.toBe(hashString('abd'));
    // FNV-1a of "a", the published test vector.
    expect(hashString('a')).toBe(0xe40c292c);
  });

  it('draws the same floats in [0, 1) from the same seed', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const drawn = Array.from({ length: 1000 }, () => a());
    expect(Array.from({ length: 1000 }, () => b())).toEqual(drawn);
    expect(drawn.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(new Set(drawn).size).toBeGreaterThan(990);
  });
});
