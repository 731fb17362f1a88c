import { describe, expect, it } from 'vitest';
import { isLateCheckIn, minutesLate } from './lateCheckIn';

// An 08:00 shift (Shanghai) on 28 Nov 2026, with the default 15 minutes' grace.
const shift = { startsAt: Date.UTC(2026, 10, 28, 0, 0) };
const rules = { lateGraceMinutes: 15 };
const at = (minutes: number, seconds = 0) => shift.startsAt + minutes * 60_000 + seconds * 1000;

describe('isLateCheckIn', () => {
  it('takes a check-in at exactly the grace as on time', () => {
    expect(isLateCheckIn(at(15), shift, rules)).toBe(false);
  });
  it('flags one a second past the grace', () => {
    expect(isLateCheckIn(at(15, 1), shift, rules)).toBe(true);
    expect(isLateCheckIn(at(31), shift, rules)).toBe(true);
  });
  it('takes an early check-in and one at the start as on time', () => {
    expect(isLateCheckIn(at(-10), shift, rules)).toBe(false);
    expect(isLateCheckIn(at(0), shift, rules)).toBe(false);
  });
  it('with no grace, a minute after the start is late and the start itself is not', () => {
    expect(isLateCheckIn(at(0), shift, { lateGraceMinutes: 0 })).toBe(false);
    expect(isLateCheckIn(at(1), shift, { lateGraceMinutes: 0 })).toBe(true);
  });
});

describe('minutesLate', () => {
  it('counts whole minutes after the start, dropping the seconds', () => {
    expect(minutesLate(at(31), shift)).toBe(31);
    expect(minutesLate(at(31, 59), shift)).toBe(31);
    expect(minutesLate(at(0, 59), shift)).toBe(0);
    expect(minutesLate(at(1), shift)).toBe(1);
  });
  it('is 0 at the start and before it, never negative', () => {
    expect(minutesLate(at(0), shift)).toBe(0);
    expect(minutesLate(at(-5), shift)).toBe(0);
  });
});
