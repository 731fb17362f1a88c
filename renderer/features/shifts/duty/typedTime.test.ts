import { describe, expect, it } from 'vitest';
import { typedTimeToInstant } from './typedTime';

const TZ = 'Asia/Shanghai';
// Shanghai is UTC+8: local 08:00 on 28 Nov is 00:00 UTC.
const day = { date: '2026-11-28', startsAt: Date.UTC(2026, 10, 28, 0), endsAt: Date.UTC(2026, 10, 28, 8) };
const evening = { date: '2026-11-28', startsAt: Date.UTC(2026, 10, 28, 8), endsAt: Date.UTC(2026, 10, 28, 16) };
const night = { date: '2026-11-28', startsAt: Date.UTC(2026, 10, 27, 16), endsAt: Date.UTC(2026, 10, 28, 0) };

describe('typedTimeToInstant', () => {
  it('reads a time on the shift’s own day', () => {
    expect(typedTimeToInstant('08:31', day, TZ)).toBe(Date.UTC(2026, 10, 28, 0, 31));
    expect(typedTimeToInstant('7:50', day, TZ)).toBe(Date.UTC(2026, 10, 27, 23, 50));
    expect(typedTimeToInstant(' 16:05 ', day, TZ)).toBe(Date.UTC(2026, 10, 28, 8, 5));
  });
  it('takes a time after midnight on the 16–24 shift as the next day’s', () => {
    expect(typedTimeToInstant('00:10', evening, TZ)).toBe(Date.UTC(2026, 10, 28, 16, 10));
    expect(typedTimeToInstant('23:59', evening, TZ)).toBe(Date.UTC(2026, 10, 28, 15, 59));
  });
  it('takes a time before midnight on the 0–8 shift as the day before’s', () => {
    expect(typedTimeToInstant('23:50', night, TZ)).toBe(Date.UTC(2026, 10, 27, 15, 50));
    expect(typedTimeToInstant('00:00', night, TZ)).toBe(Date.UTC(2026, 10, 27, 16, 0));
  });
  it('refuses what is not a time of day', () => {
    expect(typedTimeToInstant('', day, TZ)).toBeNull();
    expect(typedTimeToInstant('24:00', day, TZ)).toBeNull();
    expect(typedTimeToInstant('08:60', day, TZ)).toBeNull();
    expect(typedTimeToInstant('8.30', day, TZ)).toBeNull();
    expect(typedTimeToInstant('08:3', day, TZ)).toBeNull();
  });
});
