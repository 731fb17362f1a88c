import { describe, expect, it } from 'vitest';
import { defaultPatrolRules, languages, type Person } from '../domain';
import { buildDemoSite } from '../demo/buildDemoSite';
import { roundsBetween } from '../rules/patrolRounds';
import { pickCurrentShift, staffPosts } from '../rules/staffing';
import { startOfLocalDay } from '../time/zoned';
import { wallAlerts } from './wallAlerts';
import {
  wallCrossings,
  wallEntrances,
  wallIncidents,
  wallPosts,
  wallRounds,
  wallRoutes,
  wallShift,
  wallSite,
  wallTrips,
} from './wallModel';
import { wallPictureIsFreeOfPrivateFields, type WallPicture } from './wallPicture';
import { countByState } from '../rules/upgradeProgress';

const tz = 'Asia/Shanghai';
/** Day two of the demo's closure, mid-morning: the day shift on, a round out. */
const now = Date.parse('2026-11-28T10:12:00+08:00');

/** The wall's whole picture of the demo site, built as the wall's queries build it. */
function demoPicture(language: (typeof languages)[number]) {
  const data = buildDemoSite({ now, language });
  const site = data.sites[0];
  if (!site) throw new Error('no site');
  const shift = pickCurrentShift(data.shifts, now);
  const next = data.shifts
    .filter((s) => shift && s.startsAt >= shift.endsAt)
    .sort((a, b) => a.startsAt - b.startsAt)[0];
  const people = new Map<string, Person>(data.people.map((p) => [p.id, p]));
  const dayStart = startOfLocalDay(now, tz);
  const rounds = roundsBetween({
    routes: data.patrolRoutes,
    patrols: data.patrols.filter((p) => p.dueAt >= dayStart),
    visits: data.checkpointVisits,
    from: dayStart,
    to: now + 1,
    now,
    rules: defaultPatrolRules,
    timeZone: tz,
  });
  const routes = wallRoutes(
    data.patrolRoutes.map((route) => ({ route, checkpoints: data.checkpoints.filter((c) => c.routeId === route.id) })),
  );
  const picture: WallPicture = {
    site: wallSite(site, now),
    shift: wallShift(shift, (shift?.leaderId && people.get(shift.leaderId)) || null, next ?? null),
    entrances: wallEntrances(data.entrances),
    posts: wallPosts(staffPosts(data.posts, shift, data.assignments, people)),
    rounds: wallRounds(routes, rounds, { shiftStart: shift?.startsAt ?? dayStart, dayStart }, now),
    incidents: wallIncidents(data.incidents),
    trips: wallTrips(data.entranceLog, data.entrances, now),
    upgrades: countByState(data.upgradeItems),
    crossings: wallCrossings(
      data.entranceLog.filter((c) => c.at >= dayStart && c.at <= now),
      tz,
      10,
    ),
  };
  return { data, picture };
}

/** Every string in the picture that a person reads: ids (UUIDs, which may hold digit runs) left out. */
function stringsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, v]) => (/^id$|Id$/.test(key) ? [] : stringsIn(v)));
}

describe.each(languages)('the wall picture of the demo site in %s', (language) => {
  const { data, picture } = demoPicture(language);
  const text = JSON.stringify(picture);

  it('holds none of the private fields of the store, by its type and in fact', () => {
    expect(wallPictureIsFreeOfPrivateFields).toBe(true);
    const secrets = [
      ...data.people.map((p) => p.phone),
      ...data.serviceRequests.flatMap((r) => [r.resident, r.details]),
      ...data.entrances.map((e) => e.note),
      ...data.entranceLog.flatMap((c) => [c.subject, c.reason]),
      ...data.incidents.map((i) => i.text),
      ...data.patrols.map((p) => p.note),
      ...data.handoverNotes.map((n) => n.text),
      ...data.activityLog.map((e) => e.text),
    ].filter((s) => s.trim().length >= 4);
    expect(secrets.length).toBeGreaterThan(200);
    expect(secrets.filter((s) => text.includes(s))).toEqual([]);
    // Timestamps are numbers: a phone number would be a string.
    expect(stringsIn(picture).filter((s) => /(?<!\d)(1[3-9]\d{9}|\d{3}[- ]\d{4}[- ]\d{4})(?!\d)/.test(s))).toEqual([]);
  });

  it('tells the day of the closure, the shift running with its leader and the shift after it', () => {
    expect(picture.site.closureDay).toBe(2);
    expect(picture.shift?.startsAt).toBe(Date.parse('2026-11-28T08:00:00+08:00'));
    expect(picture.shift?.endsAt).toBe(Date.parse('2026-11-28T16:00:00+08:00'));
    expect(picture.shift?.leaderName).toBeTruthy();
    expect(picture.shift?.next?.startsAt).toBe(Date.parse('2026-11-28T16:00:00+08:00'));
  });

  it('shows every entrance in number order with its state, and every post with its names against its minimum', () => {
    expect(picture.entrances.map((e) => e.number)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(picture.entrances.filter((e) => e.kind === 'passage').map((e) => e.state)).toEqual(['controlled-open']);
    expect(picture.posts).toHaveLength(data.posts.length);
    for (const post of picture.posts) {
      expect(post.people).toHaveLength(post.filled);
      expect(post.level).toBe(
        post.filled === 0 ? 'unstaffed' : post.filled < post.minimum ? 'below-minimum' : 'staffed',
      );
    }
    const names = new Set(data.people.map((p) => p.name));
    expect(picture.posts.flatMap((p) => p.people).every((p) => names.has(p.name))).toBe(true);
    // At 10:12 the day shift has checked in.
    expect(picture.posts.flatMap((p) => p.people).filter((p) => p.present).length).toBeGreaterThan(10);
  });

  it("counts today's rounds due so far and shows the one out now with the checkpoints reached", () => {
    // Hourly from midnight: 00:00 … 10:00 are due by 10:12.
    expect(picture.rounds.today.due).toBe(11);
    expect(picture.rounds.today.onTime + picture.rounds.today.late + picture.rounds.today.missed).toBeLessThanOrEqual(
      11,
    );
    const out = picture.rounds.underWay;
    expect(out?.dueAt).toBe(Date.parse('2026-11-28T10:00:00+08:00'));
    expect(out?.checkpoints.length).toBeGreaterThan(0);
    expect(out?.checkpoints.some((c) => c.reached)).toBe(true);
    expect(picture.rounds.routes[0]?.checkpoints.length).toBe(out?.checkpoints.length);
  });

  it('counts crossings by local hour up to the hour asked', () => {
    expect(picture.crossings.map((h) => h.hour)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    const dayStart = startOfLocalDay(now, tz);
    const today = data.entranceLog.filter((c) => c.at >= dayStart && c.at <= now);
    expect(picture.crossings.reduce((n, h) => n + h.in + h.out, 0)).toBe(today.length);
  });

  it('raises the open trip through the passage as an alert, after an entrance off its plan', () => {
    const alerts = wallAlerts(picture);
    expect(alerts.filter((a) => a.kind === 'trip')).toHaveLength(picture.trips.length);
    // The demo's one trip out since the day before; everything else is as planned at 10:12.
    expect(alerts.map((a) => a.kind)).toEqual(['trip']);
    const opened = wallAlerts({
      ...picture,
      entrances: picture.entrances.map((e) =>
        e.number === 3 ? { ...e, state: 'controlled-open', offPlan: 'sealed' } : e,
      ),
    });
    expect(opened.map((a) => a.kind)).toEqual(['entrance', 'trip']);
  });
});

describe('wall builders', () => {
  it('leaves a stood-down route off and its taken-off checkpoints', () => {
    const { data } = demoPicture('zh-CN');
    const route = data.patrolRoutes[0];
    if (!route) throw new Error('no route');
    const checkpoints = data.checkpoints.filter((c) => c.routeId === route.id);
    const [first, ...rest] = checkpoints;
    if (!first) throw new Error('no checkpoint');
    const routes = wallRoutes([
      { route, checkpoints: [{ ...first, active: false }, ...rest] },
      { route: { ...route, id: 'old', active: false }, checkpoints },
    ]);
    expect(routes.map((r) => r.id)).toEqual([route.id]);
    expect(routes[0]?.checkpoints.map((c) => c.id)).toEqual(rest.sort((a, b) => a.order - b.order).map((c) => c.id));
  });

  it('counts a crossing at 23:30 local in hour 23, and none past the last hour asked', () => {
    const at = Date.parse('2026-11-28T23:30:00+08:00');
    expect(wallCrossings([{ at, direction: 'in' }], tz, 23)[23]).toEqual({ hour: 23, in: 1, out: 0 });
    expect(wallCrossings([{ at, direction: 'out' }], tz, 10).reduce((n, h) => n + h.in + h.out, 0)).toBe(0);
  });
});
