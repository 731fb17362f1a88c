import { describe, expect, it } from 'vitest';
import { isEnteredLate, minutesEnteredAfter } from './enteredLate';

const T = Date.UTC(2022, 3, 2, 2, 0);
const MIN = 60_000;

describe('isEnteredLate', () => {
  it('is on time when written at the moment it happened', () => {
    expect(isEnteredLate({ at: T, recordedAt: T })).toBe(false);
  });
  it('is on time at exactly five minutes after', () => {
    expect(isEnteredLate({ at: T, recordedAt: T + 5 * MIN })).toBe(false);
  });
  it('is late a second past five minutes', () => {
    expect(isEnteredLate({ at: T, recordedAt: T + 5 * MIN + 1000 })).toBe(true);
  });
  it('is late when typed hours after the event', () => {
    expect(isEnteredLate({ at: T, recordedAt: T + 130 * MIN })).toBe(true);
  });
  it('is never late for an event recorded ahead of its time', () => {
    expect(isEnteredLate({ at: T + 10 * MIN, recordedAt: T })).toBe(false);
  });
});

describe('minutesEnteredAfter', () => {
  it('counts whole minutes, dropping seconds', () => {
    expect(minutesEnteredAfter({ at: T, recordedAt: T + 130 * MIN + 59_000 })).toBe(130);
  });
  it('is 0 for an entry written before or at its time', () => {
    expect(minutesEnteredAfter({ at: T, recordedAt: T })).toBe(0);
    expect(minutesEnteredAfter({ at: T + MIN, recordedAt: T })).toBe(0);
  });
});
