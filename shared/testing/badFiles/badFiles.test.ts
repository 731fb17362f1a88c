import { describe, expect, it } from 'vitest';
import { crc32 } from '../../rules/crc32';
import { checkPlanImage } from '../../rules/planImage';
import { crc32OfRun } from './deflate';
import { importerCases } from './index';
import { planJpeg, planPng } from './pictures';
import { randomBytes } from './random';
import { writeZip } from './zip';

const u32le = (b: Uint8Array, at: number) =>
  ((b[at] ?? 0) | ((b[at + 1] ?? 0) << 8) | ((b[at + 2] ?? 0) << 16) | ((b[at + 3] ?? 0) << 24)) >>> 0;

describe('importerCases', () => {
  const kinds = Object.entries(importerCases);

  it.each(kinds)('%s: makes the same files on every call', (_, make) => {
    const sums = () => make().map((c) => `${c.name} ${c.bytes.length} ${crc32(c.bytes)}`);
    expect(sums()).toEqual(sums());
  });

  it.each(kinds)('%s: names each case and each file once, in kebab-case', (_, make) => {
    const cases = make();
    expect(new Set(cases.map((c) => c.name)).size).toBe(cases.length);
    expect(new Set(cases.map((c) => c.fileName)).size).toBe(cases.length);
    for (const c of cases) expect(c.name).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('has at least 80 people files and 60 plan pictures, most of them refused', () => {
    const people = importerCases.people();
    const plan = importerCases.plan();
    expect(people.length).toBeGreaterThanOrEqual(80);
    expect(plan.length).toBeGreaterThanOrEqual(60);
    for (const cases of [people, plan]) {
      expect(cases.filter((c) => c.expect === 'refused').length).toBeGreaterThan(cases.length * 0.8);
    }
  });
});

describe('the pictures the plan cases start from', () => {
  it('are whole: a PNG and a JPEG of the size they say', () => {
    expect(checkPlanImage(planPng(40, 28))).toEqual({
      ok: true,
      kind: 'png',
      mimeType: 'image/png',
      width: 40,
      height: 28,
    });
    expect(checkPlanImage(planJpeg(400, 300))).toEqual({
      ok: true,
      kind: 'jpeg',
      mimeType: 'image/jpeg',
      width: 400,
      height: 300,
    });
  });
});

describe('crc32OfRun', () => {
  it.each([0, 1, 257, 258, 259, 100_003])('is the CRC-32 of %i copies of a byte', (size) => {
    expect(crc32OfRun(0x20, size)).toBe(crc32(new Uint8Array(size).fill(0x20)));
    expect(crc32OfRun(0xa7, size)).toBe(crc32(new Uint8Array(size).fill(0xa7)));
  });
});

describe('writeZip', () => {
  it('puts the directory and its end record where it says, with the entries counted', () => {
    const zip = writeZip([
      { name: 'a.txt', data: randomBytes(1, 100) },
      { name: '名单/b.txt', data: randomBytes(2, 10) },
    ]);
    expect(u32le(zip.bytes, zip.central)).toBe(0x02014b50);
    expect(u32le(zip.bytes, zip.end)).toBe(0x06054b50);
    expect(zip.bytes.length).toBe(zip.end + 22);
    expect(zip.entries.map((e) => u32le(zip.bytes, e.header))).toEqual([0x04034b50, 0x04034b50]);
    expect(zip.entries[1]?.end).toBe(zip.central);
  });
});

describe('randomBytes', () => {
  it('is the same for a seed, and another for another seed', () => {
    expect(randomBytes(7, 33)).toEqual(randomBytes(7, 33));
    expect(randomBytes(7, 33)).not.toEqual(randomBytes(8, 33));
  });
});
