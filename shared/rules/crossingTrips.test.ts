import { describe, expect, it } from 'vitest';
import type { EntranceLogEntry } from '../domain';
import { crossingLines, isOpenTrip, OPEN_TRIP_HOURS } from './crossingTrips';

const T = Date.UTC(2022, 3, 2, 2, 0);
const MIN = 60_000;
const row = (id: string, at: number, more: Partial<EntranceLogEntry> = {}): EntranceLogEntry => ({
  id,
  siteId: 's1',
  entranceId: 'e1',
  at,
  direction: 'out',
  subjectKind: 'ambulance',
  subject: '120',
  reason: '',
  authorisedBy: '',
  pairId: null,
  ...more,
});

describe('crossingLines', () => {
  it('shows a paired out and back as one trip, at the time of the way back, newest first', () => {
    const out = row('o', T, { pairId: 'b' });
    const back = row('b', T + 145 * MIN, { direction: 'in', pairId: 'o' });
    const goods = row('g', T + 60 * MIN, { subjectKind: 'goods' });
    expect(crossingLines([out, goods, back], {})).toEqual([
      { kind: 'trip', out, back },
      { kind: 'crossing', row: goods },
    ]);
  });

  it('finds the partner outside the period, so a trip across midnight is one line', () => {
    const out = row('o', T - 600 * MIN, { pairId: 'b' });
    const back = row('b', T, { direction: 'in', pairId: 'o' });
    expect(crossingLines([back], { o: out })).toEqual([{ kind: 'trip', out, back }]);
  });

  it('lists a crossing alone when its partner is unknown or goes the same way', () => {
    const a = row('a', T, { pairId: 'x' });
    const b = row('b', T + MIN, { pairId: 'c' });
    const c = row('c', T + 2 * MIN, { pairId: 'b' });
    expect(crossingLines([a, b, c], {}).map((l) => l.kind)).toEqual(['crossing', 'crossing', 'crossing']);
  });
});

describe('isOpenTrip', () => {
  it('is a recent unpaired way out of a person, vehicle or ambulance', () => {
    expect(isOpenTrip(row('a', T), T)).toBe(true);
    expect(isOpenTrip(row('a', T, { subjectKind: 'person' }), T + OPEN_TRIP_HOURS * 60 * MIN)).toBe(true);
  });
  it('is not a way back, a paired trip, goods, or one older than the window', () => {
    expect(isOpenTrip(row('a', T, { direction: 'in' }), T)).toBe(false);
    expect(isOpenTrip(row('a', T, { pairId: 'b' }), T)).toBe(false);
    expect(isOpenTrip(row('a', T, { subjectKind: 'goods' }), T)).toBe(false);
    expect(isOpenTrip(row('a', T), T + OPEN_TRIP_HOURS * 60 * MIN + 1)).toBe(false);
  });
});
