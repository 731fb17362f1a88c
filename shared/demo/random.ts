/**
 * Seeded randomness for the demo site and the generated year: the same seed always
 * builds the same data, on every machine (mulberry32 on 32-bit integer arithmetic).
 */

import { hashString, mulberry32 } from '../rules/seeded';

/** The seed used when the caller gives none. 2021-11-27: the first day of the reference case. */
export const defaultSeed = 20211127;

export interface Rng {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max], both included. */
  int(min: number, max: number): number;
  /** One item of a non-empty list. */
  pick<T>(items: readonly T[]): T;
  /** True with probability p. */
  chance(p: number): boolean;
  /** A shuffled copy. */
  shuffle<T>(items: readonly T[]): T[];
  /**
   * An independent generator for one part of the data, so that changing how much one
   * part draws does not change every other part.
   */
  fork(label: string): Rng;
}

export function createRng(seed: number): Rng {
  const next = mulberry32(seed);
  const rng: Rng = {
    next,
    int(min, max) {
      const lo = Math.ceil(Math.min(min, max));
      const hi = Math.floor(Math.max(min, max));
      return lo + Math.floor(next() * (hi - lo + 1));
    },
    pick<T>(items: readonly T[]): T {
      const item = items[Math.floor(next() * items.length)];
      if (item === undefined) throw new RangeError('pick from an empty list');
      return item;
    },
    chance(p) {
      return next() < p;
    },
    shuffle<T>(items: readonly T[]): T[] {
      const out = [...items];
      for (let i = out.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        const a = out[i];
        const b = out[j];
        if (a === undefined || b === undefined) continue;
        out[i] = b;
        out[j] = a;
      }
      return out;
    },
    fork(label) {
      return createRng((hashString(label) ^ Math.imul(seed >>> 0, 0x9e3779b1)) >>> 0);
    },
  };
  return rng;
}

/** Makes ids: call it once per new row. */
export type IdFactory = () => string;

const hex = (n: number, width: number) => (n >>> 0).toString(16).padStart(width, '0').slice(-width);

/** A 32-bit mix (murmur3 finaliser): scatters consecutive inputs. */
function mix32(n: number): number {
  let h = n >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/**
 * Stable, unique, UUID-shaped ids (version 4 layout, 36 characters). The last group
 * carries the row counter (XOR a mask from the seed), so ids from one factory never
 * repeat for up to 2^32 rows; the other groups are scattered from seed and counter so
 * the ids do not look sequential. The same seed gives the same ids in the same order.
 */
export function idFactory(seed: number | string): IdFactory {
  const base = typeof seed === 'number' ? mix32(seed ^ 0x5bd1e995) : hashString(seed);
  const maskHi = mix32(base ^ 0x27d4eb2f) & 0xffff;
  const maskLo = mix32(base ^ 0x165667b1);
  let counter = 0;
  return () => {
    counter += 1;
    const a = mix32(base ^ counter);
    const b = mix32(a ^ 0x9e3779b9);
    const last = hex(maskHi, 4) + hex(counter ^ maskLo, 8);
    const variant = (8 + ((b >>> 28) & 3)).toString(16);
    return `${hex(a, 8)}-${hex(b, 4)}-4${hex(b >>> 16, 3)}-${variant}${hex(a >>> 20, 3)}-${last}`;
  };
}
