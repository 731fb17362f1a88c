import { describe, expect, it } from 'vitest';
import { patrolRow, routeRow, shiftRow, visitRow } from '../domain/testing/rows';
import { percent, punctuality, punctualityByHour } from './patrolPunctuality';
import { roundsBetween } from './patrolRounds';

const MIN = 60_000;
const SH = 'Asia/Shanghai';
const D22 = Date.UTC(2021, 10, 27, 14, 0); // 22:00 on 27 Nov in Shanghai
const rules = { startGraceMinutes: 10, overrunGraceMinutes: 10 };
const cp = [{ id: 'c1', name: '西墙', checks: '' }];

/** Rounds every hour from 22:00 to 02:00 (across midnight), judged at 02:30. */
function nightRounds() {
  const patrols = [
    // 22:00 started at the last minute of the grace, all reached: on time, completed.
    patrolRow('p22', 'r1', D22, { startedAt: D22 + 10 * MIN, endedAt: D22 + 30 * MIN, checkpoints: cp }),
    // 23:00 started one minute past the grace, out 40 minutes (25 + 10 allowed): late, overran, completed.
    patrolRow('p23', 'r1', D22 + 60 * MIN, {
      startedAt: D22 + 71 * MIN,
      endedAt: D22 + 111 * MIN,
      checkpoints: cp,
    }),
    // 01:00 on time but the checkpoint skipped: not completed.
    patrolRow('p01', 'r1', D22 + 180 * MIN, { startedAt: D22 + 181 * MIN, endedAt: D22 + 200 * MIN, checkpoints: cp }),
  ];
  const visits = [
    visitRow('v22', 'p22', 'c1', D22 + 20 * MIN),
    visitRow('v23', 'p23', 'c1', D22 + 90 * MIN),
    visitRow('v01', 'p01', 'c1', D22 + 190 * MIN, { status: 'skipped', note: '积水' }),
  ];
  return roundsBetween({
    routes: [routeRow('r1', { name: '外围巡逻' })],
    patrols,
    visits,
    from: D22,
    to: D22 + 5 * 60 * MIN,
    now: D22 + 270 * MIN,
    rules,
    timeZone: SH,
  });
}

describe('patrol punctuality', () => {
  it('counts on time up to the grace edge, late one minute past it, overran, completed and missed', () => {
    const rounds = nightRounds();
    // 00:00 never started (missed); 02:00 not started at 02:30 is late, judged but not missed.
    expect(rounds.map((r) => r.state.status)).toEqual(['done', 'done', 'missed', 'incomplete', 'late']);
    const p = punctuality(rounds, []);
    expect(p.total).toEqual({ rounds: 5, onTime: 2, completed: 2, allReached: 2, overran: 1, missed: 1 });
    expect(p.byRoute).toEqual([
      {
        id: 'r1',
        name: '外围巡逻',
        startsAt: D22,
        rounds: 5,
        onTime: 2,
        completed: 2,
        allReached: 2,
        overran: 1,
        missed: 1,
      },
    ]);
    expect(p.byShift).toEqual([
      {
        id: null,
        name: null,
        startsAt: Infinity,
        rounds: 5,
        onTime: 2,
        completed: 2,
        allReached: 2,
        overran: 1,
        missed: 1,
      },
    ]);
  });

  it('counts a round still out with every checkpoint reached as all reached, not completed', () => {
    const rounds = roundsBetween({
      routes: [routeRow('r1')],
      patrols: [patrolRow('p', 'r1', D22, { startedAt: D22 + 2 * MIN, checkpoints: cp })],
      visits: [visitRow('v', 'p', 'c1', D22 + 12 * MIN)],
      from: D22,
      to: D22 + 60 * MIN,
      now: D22 + 20 * MIN,
      rules,
      timeZone: SH,
    });
    expect(rounds.map((r) => r.state.status)).toEqual(['under-way']);
    expect(punctuality(rounds, []).total).toEqual({
      rounds: 1,
      onTime: 1,
      completed: 0,
      allReached: 1,
      overran: 0,
      missed: 0,
    });
  });

  it('groups rounds by the shift they fell due in, a round due at a shift’s end going to the next', () => {
    const night = shiftRow('sh-n', D22 - 120 * MIN, D22 + 60 * MIN, { name: '夜班' });
    const late = shiftRow('sh-l', D22 + 60 * MIN, D22 + 180 * MIN, { name: '后夜班' });
    const p = punctuality(nightRounds(), [late, night]);
    expect(p.byShift.map((g) => [g.name, g.rounds, g.onTime, g.missed])).toEqual([
      ['夜班', 1, 1, 0],
      ['后夜班', 2, 0, 1],
      [null, 2, 1, 0],
    ]);
  });

  it('leaves out rounds not yet due or still within their grace', () => {
    const rounds = nightRounds();
    const early = roundsBetween({
      routes: [routeRow('r1')],
      patrols: [],
      visits: [],
      from: D22,
      to: D22 + 120 * MIN,
      now: D22 + 9 * MIN,
      rules,
      timeZone: SH,
    });
    expect(early.map((r) => r.state.status)).toEqual(['due', 'upcoming']);
    expect(punctuality(early, []).total.rounds).toBe(0);
    expect(rounds.length).toBe(5);
  });

  it('counts per hour of the site’s day, across midnight', () => {
    const hours = punctualityByHour(nightRounds(), SH);
    expect(hours).toHaveLength(24);
    expect(hours.filter((h) => h.due > 0).map((h) => [h.hour, h.due, h.onTime, h.lateOrMissed])).toEqual([
      [0, 1, 0, 1],
      [1, 1, 1, 0],
      [2, 1, 0, 1],
      [22, 1, 1, 0],
      [23, 1, 0, 1],
    ]);
  });

  it('gives a share as a whole percent, and none of nothing', () => {
    expect([percent(2, 3), percent(0, 5), percent(5, 5), percent(0, 0)]).toEqual([67, 0, 100, null]);
  });
});
