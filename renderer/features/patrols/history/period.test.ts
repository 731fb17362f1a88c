import { describe, expect, it } from 'vitest';
import { daysIn, periodOf, rangeOf, stepPeriod } from './period';

const SH = 'Asia/Shanghai';

describe('a history period', () => {
  it('is a local day, a week from Monday, or a calendar month, midnight to midnight in the site zone', () => {
    expect(periodOf('day', '2026-11-28', SH)).toEqual({
      first: '2026-11-28',
      last: '2026-11-28',
      from: Date.UTC(2026, 10, 27, 16),
      to: Date.UTC(2026, 10, 28, 16),
    });
    // 28 Nov 2026 is a Saturday; its week runs Monday 23 to Sunday 29.
    expect(periodOf('week', '2026-11-28', SH)).toMatchObject({ first: '2026-11-23', last: '2026-11-29' });
    expect(periodOf('week', '2026-11-23', SH)).toMatchObject({ first: '2026-11-23', last: '2026-11-29' });
    expect(periodOf('month', '2026-12-31', SH)).toMatchObject({
      first: '2026-12-01',
      last: '2026-12-31',
      from: Date.UTC(2026, 10, 30, 16),
      to: Date.UTC(2026, 11, 31, 16),
    });
  });

  it('steps back and forth by its own length, months across the year end', () => {
    expect(stepPeriod('day', '2026-12-31', 1)).toBe('2027-01-01');
    expect(stepPeriod('week', '2026-11-28', -1)).toBe('2026-11-21');
    expect(stepPeriod('month', '2027-01-31', -1)).toBe('2026-12-01');
    expect(stepPeriod('month', '2026-12-15', 1)).toBe('2027-01-01');
  });

  it('runs from one date to another, both included, in either order, and no longer than 92 days', () => {
    expect(rangeOf('2026-11-30', '2026-11-28', SH)).toEqual({
      first: '2026-11-28',
      last: '2026-11-30',
      from: Date.UTC(2026, 10, 27, 16),
      to: Date.UTC(2026, 10, 30, 16),
      capped: false,
    });
    expect(rangeOf('2026-01-01', '2026-04-02', SH)).toMatchObject({ last: '2026-04-02', capped: false });
    expect(rangeOf('2026-01-01', '2026-04-03', SH)).toMatchObject({ last: '2026-04-02', capped: true });
    expect(daysIn('2026-01-01', '2026-04-02')).toBe(92);
  });
});
