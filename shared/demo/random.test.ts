import { describe, expect, it } from 'vitest';
import { idSchema } from '../domain';
import { createRng, idFactory } from './random';

describe('seeded randomness', () => {
  it('repeats itself for the same seed and differs for another', () => {
    const a = createRng(42);
    const b = createRng(42);
    const c = createRng(43);
    const seqA = Array.from({ length: 20 }, () => a.next());
    expect(Array.from({ length: 20 }, () => b.next())).toEqual(seqA);
    expect(Array.from({ length: 20 }, () => c.next())).not.toEqual(seqA);
    for (const x of seqA) expect(x >= 0 && x < 1).toBe(true);
  });

  it('draws integers in range, both ends included, and picks from lists', () => {
    const rng = createRng(7);
    const seen = new Set<number>();
    for (let i = 0; i < 2000; i++) {
      const n = rng.int(3, 6);
      expect(Number.isInteger(n) && n >= 3 && n <= 6).toBe(true);
      seen.add(n);
    }
    expect([...seen].sort()).toEqual([3, 4, 5, 6]);
    expect(['a', 'b']).toContain(rng.pick(['a', 'b']));
    expect(() => rng.pick([])).toThrow();
    expect(rng.shuffle([1, 2, 3, 4, 5]).sort()).toEqual([1, 2, 3, 4, 5]);
    expect(rng.chance(0)).toBe(false);
    expect(rng.chance(1)).toBe(true);
  });

  it('forks independent, reproducible streams', () => {
    const x = createRng(1).fork('names').next();
    expect(createRng(1).fork('names').next()).toBe(x);
    expect(createRng(1).fork('patrols').next()).not.toBe(x);
  });
});

describe('id factory', () => {
  it('makes UUID-shaped, unique, stable ids', () => {
    const ids = idFactory(20211127);
    const many = Array.from({ length: 100_000 }, () => ids());
    expect(new Set(many).size).toBe(many.length);
    for (const id of many.slice(0, 500)) {
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(idSchema.safeParse(id).success).toBe(true);
    }
    const again = idFactory(20211127);
    expect(Array.from({ length: 10 }, () => again())).toEqual(many.slice(0, 10));
    const other = idFactory('another seed');
    expect(many).not.toContain(other());
  });
});
