import { mulberry32 } from '../../rules/seeded';

/**
 * A seeded source of bytes (mulberry32): the same seed gives the same "random" file on
 * every machine and every run, so a case that fails can be made again by its name.
 */
export function seeded(seed: number): () => number {
  const next = mulberry32(seed);
  return () => Math.floor(next() * 4294967296);
}

/** `count` bytes from the seed. */
export function randomBytes(seed: number, count: number): Uint8Array {
  const next = seeded(seed);
  const out = new Uint8Array(count);
  for (let i = 0; i < count; i += 4) {
    const n = next();
    out[i] = n & 0xff;
    if (i + 1 < count) out[i + 1] = (n >>> 8) & 0xff;
    if (i + 2 < count) out[i + 2] = (n >>> 16) & 0xff;
    if (i + 3 < count) out[i + 3] = n >>> 24;
  }
  return out;
}

/** `count` characters of printable ASCII with commas and line breaks among them: text that is no table. */
export function randomText(seed: number, count: number): string {
  const next = seeded(seed);
  const alphabet = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 .;:!?-_/,,,,\n';
  let out = '';
  for (let i = 0; i < count; i++) out += alphabet[next() % alphabet.length] ?? 'x';
  return out;
}
