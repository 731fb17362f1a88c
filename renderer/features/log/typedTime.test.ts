import { describe, expect, it } from 'vitest';
import { parseTypedTime } from './typedTime';

// 2022-04-02 10:00 in Shanghai (UTC+8).
const NOW = Date.UTC(2022, 3, 2, 2, 0);
const Z = 'Asia/Shanghai';

describe('parseTypedTime', () => {
  it('is null (now) when left empty', () => {
    expect(parseTypedTime('  ', NOW, Z)).toBeNull();
  });
  it('reads HH:mm as today on the site clock', () => {
    expect(parseTypedTime('03:15', NOW, Z)).toBe(Date.UTC(2022, 3, 1, 19, 15));
    expect(parseTypedTime('0:00', NOW, Z)).toBe(Date.UTC(2022, 3, 1, 16, 0));
    expect(parseTypedTime('23:59', NOW, Z)).toBe(Date.UTC(2022, 3, 2, 15, 59));
  });
  it('reads a date and a time', () => {
    expect(parseTypedTime('2022-04-01 22:40', NOW, Z)).toBe(Date.UTC(2022, 3, 1, 14, 40));
    expect(parseTypedTime('2022-04-01T22:40', NOW, Z)).toBe(Date.UTC(2022, 3, 1, 14, 40));
  });
  it('refuses what is not a time', () => {
    expect(parseTypedTime('24:00', NOW, Z)).toBeUndefined();
    expect(parseTypedTime('10:60', NOW, Z)).toBeUndefined();
    expect(parseTypedTime('1015', NOW, Z)).toBeUndefined();
    expect(parseTypedTime('2022-13-01 10:00', NOW, Z)).toBeUndefined();
    expect(parseTypedTime('yesterday', NOW, Z)).toBeUndefined();
  });
});
