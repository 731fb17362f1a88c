import { describe, expect, it } from 'vitest';
import { alertLines, wallAlerts } from './wallAlerts';
import type { WallEntrance, WallPost, WallRound, WallRounds } from './wallPicture';

const entrance = (n: number, over: Partial<WallEntrance> = {}): WallEntrance => ({
  id: `e${n}`,
  number: n,
  name: `门洞${n}`,
  kind: 'street-doorway',
  state: 'sealed',
  position: { x: 0, y: 0 },
  offPlan: null,
  ...over,
});
const post = (id: string, filled: number, minimum = 2): WallPost => ({
  id,
  name: `${id}岗`,
  position: { x: 0, y: 0 },
  minimum,
  filled,
  level: filled === 0 ? 'unstaffed' : filled < minimum ? 'below-minimum' : 'staffed',
  people: Array.from({ length: filled }, (_, i) => ({ name: `人${i}`, present: true })),
});
const round = (dueAt: number, status: WallRound['status'], reached: boolean[] = []): WallRound => ({
  id: `r@${dueAt}`,
  routeId: 'r',
  routeName: '外围巡逻',
  dueAt,
  status,
  lateMinutes: 12,
  startedAt: null,
  checkpoints: reached.map((r, i) => ({ id: `c${i}`, name: `点${i}`, reached: r })),
});
const rounds = (flagged: WallRound[]): WallRounds => ({
  routes: [],
  underWay: null,
  flagged,
  today: { due: 0, onTime: 0, late: 0, missed: 0 },
});
const none = { incidents: [], entrances: [], rounds: rounds([]), posts: [], trips: [] };

describe('wallAlerts', () => {
  it('says nothing when all is as planned', () => {
    expect(
      wallAlerts({ ...none, entrances: [entrance(1), entrance(2, { state: 'closed' })], posts: [post('a', 2)] }),
    ).toEqual([]);
  });

  it('puts the most urgent first: incident, entrance off plan, missed round, empty post, late round, short post, open trip', () => {
    const alerts = wallAlerts({
      incidents: [{ id: 'i1', openedAt: 50, category: 'breach' }],
      entrances: [entrance(3, { state: 'controlled-open', offPlan: 'sealed' })],
      rounds: rounds([round(200, 'late'), round(100, 'missed')]),
      posts: [post('short', 1), post('empty', 0)],
      trips: [{ id: 't1', at: 10, subjectKind: 'ambulance', entranceName: '主通道' }],
    });
    expect(alerts.map((a) => a.key)).toEqual([
      'incident:i1',
      'entrance:e3',
      'round:r@100',
      'post:empty',
      'round:r@200',
      'post:short',
      'trip:t1',
    ]);
    expect(alerts[1]).toMatchObject({ kind: 'entrance', state: 'controlled-open', planned: 'sealed', name: '门洞3' });
  });

  it('orders alerts of one kind oldest first, entrances by number', () => {
    const alerts = wallAlerts({
      ...none,
      incidents: [
        { id: 'late', openedAt: 90, category: 'damage' },
        { id: 'early', openedAt: 10, category: 'person' },
      ],
      entrances: [
        entrance(4, { state: 'emergency-only', offPlan: 'sealed' }),
        entrance(2, { state: 'controlled-open', offPlan: 'sealed' }),
      ],
    });
    expect(alerts.map((a) => a.key)).toEqual(['incident:early', 'incident:late', 'entrance:e2', 'entrance:e4']);
  });

  it('raises a late round and drops it once the round is under way', () => {
    const late = wallAlerts({ ...none, rounds: rounds([round(100, 'late')]) });
    expect(late).toEqual([
      {
        kind: 'round',
        key: 'round:r@100',
        status: 'late',
        routeName: '外围巡逻',
        dueAt: 100,
        lateMinutes: 12,
        unreached: 0,
      },
    ]);
    expect(wallAlerts({ ...none, rounds: rounds([]) })).toEqual([]);
  });

  it('counts the checkpoints a round ended without', () => {
    const [alert] = wallAlerts({ ...none, rounds: rounds([round(100, 'incomplete', [true, false, false])]) });
    expect(alert).toMatchObject({ status: 'incomplete', unreached: 2 });
  });
});

describe('alertLines', () => {
  const many = () =>
    wallAlerts({
      incidents: [{ id: 'i1', openedAt: 50, category: 'breach' }],
      entrances: [1, 2, 3].map((n) => entrance(n, { state: 'controlled-open', offPlan: 'sealed' })),
      rounds: rounds([round(100, 'missed'), round(200, 'late'), round(300, 'overdue')]),
      posts: [post('a', 0), post('b', 1), post('c', 1)],
      trips: [{ id: 't1', at: 10, subjectKind: 'ambulance', entranceName: '主通道' }],
    });

  it('gives each alert its own line while there are few', () => {
    const alerts = many().slice(0, 8);
    expect(alertLines(alerts).map((l) => l.alerts)).toEqual(alerts.map((a) => [a]));
  });

  it('puts each kind on one line past that, most urgent first, and leaves none out', () => {
    const alerts = many();
    expect(alerts).toHaveLength(11);
    const lines = alertLines(alerts);
    expect(lines.map((l) => [l.group, l.alerts.length])).toEqual([
      ['incident', 1],
      ['entrance', 3],
      ['missed', 1],
      ['unstaffed', 1],
      ['late', 2],
      ['short', 2],
      ['trip', 1],
    ]);
    expect(lines.flatMap((l) => l.alerts)).toEqual(alerts);
    expect(new Set(lines.map((l) => l.key)).size).toBe(lines.length);
  });
});
