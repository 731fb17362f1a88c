import { describe, expect, it } from 'vitest';
import { checkBoard } from '../rules/shiftChecks';
import { siteTables } from './dataset';
import { siteTableSchemas } from './datasetSchemas';
import { generateShiftSite } from './generateShiftSite';

const now = Date.UTC(2021, 10, 28, 6, 17, 23, 456);
const make = (seed?: number) =>
  generateShiftSite({ now, language: 'zh-CN', from: '2021-11-27', ...(seed === undefined ? {} : { seed }) });

describe('the generated shift site', () => {
  it('has 500 people in 20 groups, 20 posts and a week of three shifts a day, each with a leader', () => {
    const data = make();
    expect(data.people).toHaveLength(500);
    expect(data.groups).toHaveLength(20);
    expect(data.people.filter((p) => p.reserve)).toHaveLength(75);
    expect(data.posts).toHaveLength(20);
    expect(data.posts.filter((p) => p.minStaff < 2 || p.minStaff > 3)).toEqual([]);
    expect(data.shiftPatterns).toHaveLength(1);
    expect(data.shifts).toHaveLength(21);
    expect(data.shifts[0]?.date).toBe('2021-11-27');
    expect(data.shifts[20]?.date).toBe('2021-12-03');
    expect(new Date(data.shifts[0]?.startsAt ?? 0).toISOString()).toBe('2021-11-26T16:00:00.000Z');
    const people = new Set(data.people.map((p) => p.id));
    expect(data.shifts.filter((s) => s.leaderId === null || !people.has(s.leaderId))).toEqual([]);
    expect(data.groups.filter((g) => g.leaderId === null)).toEqual([]);
    // About 3 people a post in each shift: between 2 and 3 on average, never more than 3.
    const perPost = new Map<string, number>();
    for (const a of data.assignments)
      perPost.set(`${a.shiftId} ${a.postId}`, (perPost.get(`${a.shiftId} ${a.postId}`) ?? 0) + 1);
    expect(perPost.size).toBe(420);
    expect(Math.max(...perPost.values())).toBe(3);
    expect(data.assignments.length).toBeGreaterThan(1200);
    expect(data.assignments.length).toBeLessThanOrEqual(1260);
  });

  it('parses row by row with the domain schemas, with unique ids and one site id', () => {
    const data = make();
    for (const table of siteTables) {
      for (const row of data[table]) {
        const result = siteTableSchemas[table].safeParse(row);
        if (!result.success) throw new Error(`${table}: ${result.error.message}\n${JSON.stringify(row)}`);
      }
    }
    const ids = siteTables.flatMap((t) => data[t].map((r) => r.id));
    expect(new Set(ids).size).toBe(ids.length);
    const siteId = data.sites[0]?.id;
    for (const t of siteTables)
      if (t !== 'sites') for (const r of data[t]) expect((r as { siteId: string }).siteId).toBe(siteId);
  });

  it('is deterministic for the same seed and differs for another', () => {
    expect(make(7)).toEqual(make(7));
    expect(make(8).people[0]?.name).not.toBe(make(7).people[0]?.name);
  });

  it('gives the board a few problems to show, and none of the leader kind', () => {
    const data = make();
    const problems = checkBoard(
      {
        shifts: data.shifts,
        assignments: data.assignments,
        posts: data.posts,
        people: new Map(data.people.map((p) => [p.id, p])),
        rules: { minRestMinutes: 480, maxMinutesPer24h: 720, lateGraceMinutes: 15 },
        now,
      },
      new Set(data.shifts.map((s) => s.id)),
    );
    const kinds = new Set(problems.map((p) => p.kind));
    expect(kinds.has('reserve-call-up')).toBe(true);
    expect(kinds.has('no-leader')).toBe(false);
    expect(kinds.has('unstaffed')).toBe(false);
  });
});
