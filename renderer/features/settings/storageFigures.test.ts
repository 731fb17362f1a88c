import { describe, expect, it } from 'vitest';
import { NEARLY_FULL, formatBytes, formatShare, storageFigures } from './storageFigures';

const GiB = 1024 ** 3;

describe('storageFigures', () => {
  it('gives the share of the quota used, and calls it nearly full only past 80%', () => {
    expect(storageFigures(20e6, 100e6)).toEqual({ share: 0.2, nearlyFull: false, fixedQuota: false });
    expect(storageFigures(80e6, 100e6).nearlyFull).toBe(false);
    expect(storageFigures(80.1e6, 100e6).nearlyFull).toBe(true);
    expect(NEARLY_FULL).toBe(0.8);
  });

  it('calls a quota of nothing full rather than dividing by it', () => {
    expect(storageFigures(0, 0)).toMatchObject({ share: 1, nearlyFull: true });
  });

  it('recognises Chromium’s reported quota, the space used plus exactly 10 GiB, as a fixed figure', () => {
    expect(storageFigures(372_736, 372_736 + 10 * GiB).fixedQuota).toBe(true);
    expect(storageFigures(0, 10 * GiB).fixedQuota).toBe(true);
    // The real quota of a disk, or one lowered by DevTools, is a limit.
    expect(storageFigures(372_736, 162_331_904_409).fixedQuota).toBe(false);
    expect(storageFigures(372_736, 10 * GiB).fixedQuota).toBe(false);
  });
});

describe('formatBytes', () => {
  it('says a size in the largest unit it has one of, in decimal units, to three figures', () => {
    expect(formatBytes(372_736, 'en-GB')).toBe('373 kB');
    expect(formatBytes(5_619_712, 'en-GB')).toBe('5.62 MB');
    expect(formatBytes(40e6, 'en-GB')).toBe('40 MB');
    expect(formatBytes(10 * GiB + 372_736, 'en-GB')).toBe('10.7 GB');
    expect(formatBytes(1_549_388_526, 'en-GB')).toBe('1.55 GB');
  });

  it('says less than a kilobyte in kilobytes', () => {
    expect(formatBytes(0, 'en-GB')).toBe('0 kB');
    expect(formatBytes(500, 'en-GB')).toBe('0.5 kB');
  });

  it('writes the number the way the UI’s locale does', () => {
    expect(formatBytes(5_619_712, 'zh-CN')).toBe('5.62 MB');
    expect(formatBytes(5_619_712, 'de-DE')).toBe('5,62 MB');
  });
});

describe('formatShare', () => {
  it('gives a whole percentage', () => {
    expect(formatShare(0.834, 'zh-CN')).toBe('83%');
    expect(formatShare(0.0004, 'en-GB')).toBe('0%');
    expect(formatShare(1, 'en-GB')).toBe('100%');
  });
});
