import { describe, expect, it } from 'vitest';
import { roundState, type RoundInput } from './patrolStatus';

const MIN = 60_000;
const DUE = Date.UTC(2021, 10, 27, 2, 0); // 10:00 in Shanghai
const rules = { startGraceMinutes: 10, overrunGraceMinutes: 10 };
const asked = [
  { id: 'c1', name: '西墙北段', checks: '' },
  { id: 'c2', name: '西北角', checks: '' },
];
const round = (more: Partial<RoundInput> = {}): RoundInput => ({
  dueAt: DUE,
  nextDueAt: DUE + 60 * MIN,
  expectedMinutes: 25,
  patrol: null,
  visits: [],
  ...more,
});
const started = (startedAt: number, endedAt: number | null = null) => ({ startedAt, endedAt, checkpoints: asked });
const reached = (...ids: string[]) => ids.map((checkpointId) => ({ checkpointId, status: 'reached' as const }));

describe('a round not started', () => {
  it('is upcoming before its time, due from it until the grace has run out', () => {
    expect(roundState(round(), rules, DUE - MIN).status).toBe('upcoming');
    expect(roundState(round(), rules, DUE).status).toBe('due');
    expect(roundState(round(), rules, DUE + 10 * MIN - 1).status).toBe('due');
  });

  it('is late from due + grace, saying how late', () => {
    expect(roundState(round(), rules, DUE + 10 * MIN)).toMatchObject({ status: 'late', lateMinutes: 10 });
    expect(roundState(round(), rules, DUE + 59 * MIN)).toMatchObject({ status: 'late', lateMinutes: 59 });
  });

  it('is missed once the next round falls due, and stays late for good when there is none', () => {
    expect(roundState(round(), rules, DUE + 60 * MIN)).toMatchObject({ status: 'missed', lateMinutes: 60 });
    expect(roundState(round({ nextDueAt: null }), rules, DUE + 600 * MIN).status).toBe('late');
  });

  it('has no grace at all when the site sets none', () => {
    expect(roundState(round(), { ...rules, startGraceMinutes: 0 }, DUE).status).toBe('late');
  });
});

describe('a round out', () => {
  it('is under way up to expected time plus grace, overdue after, by the minutes past the expected end', () => {
    const r = round({ patrol: started(DUE + 2 * MIN) });
    expect(roundState(r, rules, DUE + 2 * MIN + 35 * MIN).status).toBe('under-way');
    expect(roundState(r, rules, DUE + 2 * MIN + 35 * MIN + 1)).toMatchObject({ status: 'overdue', lateMinutes: 10 });
  });

  it('started after the grace is not flagged while out, but remembered as started late', () => {
    const s = roundState(round({ patrol: started(DUE + 11 * MIN) }), rules, DUE + 12 * MIN);
    expect(s).toMatchObject({ status: 'under-way', startedLate: true });
    expect(roundState(round({ patrol: started(DUE + 10 * MIN) }), rules, DUE + 12 * MIN).startedLate).toBe(false);
  });
});

describe('a round ended', () => {
  it('is done with every asked checkpoint reached', () => {
    const r = round({ patrol: started(DUE, DUE + 20 * MIN), visits: reached('c1', 'c2') });
    expect(roundState(r, rules, DUE + 30 * MIN)).toMatchObject({ status: 'done', unreached: 0, overran: false });
  });

  it('is incomplete with a checkpoint skipped or never reached, counting them', () => {
    const skipped = [...reached('c1'), { checkpointId: 'c2', status: 'skipped' as const }];
    const r = round({ patrol: started(DUE, DUE + 20 * MIN), visits: skipped });
    expect(roundState(r, rules, DUE + 30 * MIN)).toMatchObject({ status: 'incomplete', unreached: 1 });
    const none = round({ patrol: started(DUE, DUE + 20 * MIN) });
    expect(roundState(none, rules, DUE + 30 * MIN).unreached).toBe(2);
  });

  it('remembers having been out too long, at exactly expected plus grace not', () => {
    const onTime = round({ patrol: started(DUE, DUE + 35 * MIN), visits: reached('c1', 'c2') });
    const long = round({ patrol: started(DUE, DUE + 35 * MIN + MIN), visits: reached('c1', 'c2') });
    expect(roundState(onTime, rules, DUE + 90 * MIN).overran).toBe(false);
    expect(roundState(long, rules, DUE + 90 * MIN)).toMatchObject({ status: 'done', overran: true });
  });
});

describe('across midnight', () => {
  it('a round due at 23:30 and out past midnight is judged by its own start', () => {
    const due = Date.UTC(2021, 10, 27, 15, 30); // 23:30 in Shanghai
    const r = round({ dueAt: due, nextDueAt: due + 60 * MIN, patrol: started(due + 5 * MIN) });
    expect(roundState(r, rules, due + 40 * MIN).status).toBe('under-way'); // 00:10 the next day
    expect(roundState(r, rules, due + 41 * MIN).status).toBe('overdue');
  });
});
