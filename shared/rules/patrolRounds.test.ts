import { afterEach, describe, expect, it } from 'vitest';
import { patrolRow, routeRow, visitRow } from '../domain/testing/rows';
import { localTime } from '../time/zoned';
import { flaggedRounds, roundsBetween, type RoundsInput } from './patrolRounds';

const MIN = 60_000;
const SH = 'Asia/Shanghai';
const T10 = Date.UTC(2021, 10, 27, 2, 0); // 10:00 in Shanghai
const rules = { startGraceMinutes: 10, overrunGraceMinutes: 10 };
const input = (more: Partial<RoundsInput> = {}): RoundsInput => ({
  routes: [routeRow('r1')],
  patrols: [],
  visits: [],
  from: T10 - 120 * MIN,
  to: T10 + 60 * MIN,
  now: T10 + 15 * MIN,
  rules,
  timeZone: SH,
  ...more,
});
const summary = (i: RoundsInput) =>
  roundsBetween(i).map((r) => `${r.route.id} ${localTime(r.dueAt, SH)} ${r.state.status}`);

const laptopZone = process.env.TZ;
afterEach(() => {
  if (laptopZone === undefined) delete process.env.TZ;
  else process.env.TZ = laptopZone;
});

describe('the rounds of a period', () => {
  it('are the timetable rounds with the recorded ones in their place', () => {
    const done = patrolRow('pa1', 'r1', T10 - 60 * MIN, {
      startedAt: T10 - 58 * MIN,
      endedAt: T10 - 40 * MIN,
      checkpoints: [{ id: 'c1', name: '西墙', checks: '' }],
    });
    const rounds = input({ patrols: [done], visits: [visitRow('v1', 'pa1', 'c1', T10 - 50 * MIN)] });
    expect(summary(rounds)).toEqual(['r1 08:00 missed', 'r1 09:00 done', 'r1 10:00 late']);
  });

  it('keep a recorded round whose due time the timetable no longer has, and a stood-down route’s rounds', () => {
    const odd = patrolRow('pa1', 'r1', T10 + 7 * MIN, { startedAt: T10 + 8 * MIN });
    const old = routeRow('r2', { active: false, name: '旧路线' });
    const rounds = input({ routes: [routeRow('r1'), old], patrols: [odd, patrolRow('pa2', 'r2', T10 - 60 * MIN)] });
    expect(summary(rounds)).toEqual([
      'r1 08:00 missed',
      'r1 09:00 missed',
      'r2 09:00 late',
      'r1 10:00 late',
      'r1 10:07 under-way',
    ]);
  });

  it('are flagged when late, missed, out too long or ended short', () => {
    const flagged = flaggedRounds(roundsBetween(input()));
    expect(flagged.map((r) => [localTime(r.dueAt, SH), r.state.status, r.state.lateMinutes])).toEqual([
      ['08:00', 'missed', 135],
      ['09:00', 'missed', 75],
      ['10:00', 'late', 15],
    ]);
  });

  it('are the same whatever zone the laptop itself is set to', () => {
    process.env.TZ = 'America/Los_Angeles';
    const inLosAngeles = summary(input());
    process.env.TZ = 'Asia/Tokyo';
    expect(summary(input())).toEqual(inLosAngeles);
    expect(inLosAngeles).toEqual(['r1 08:00 missed', 'r1 09:00 missed', 'r1 10:00 late']);
  });
});
