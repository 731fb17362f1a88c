import { describe, expect, it } from 'vitest';
import { addDays, localDate, zonedInstant } from '../time/zoned';
import { siteTables } from './dataset';
import { siteTableSchemas } from './datasetSchemas';
import { generateYear } from './generateYear';

const tz = 'Asia/Shanghai';
const HOUR = 3_600_000;
const now = Date.UTC(2022, 10, 28, 6, 17, 5); // 2022-11-28 14:17:05 Shanghai

describe('a generated year of operation', () => {
  const data = generateYear({ now, language: 'zh-CN' });

  it('has the demo layout and people', () => {
    expect(data.sites).toHaveLength(1);
    expect(data.entrances).toHaveLength(6);
    expect(data.posts).toHaveLength(6);
    expect(data.groups).toHaveLength(13);
    expect(data.people).toHaveLength(219);
    expect(data.checkpoints).toHaveLength(8);
    expect(data.sites[0]?.closureStartedAt).toBe(zonedInstant(addDays(localDate(now, tz), -364), 90, tz));
  });

  it('has rows in the expected numbers', () => {
    const n = (t: keyof typeof data) => data[t].length;
    expect(n('shifts')).toBe(366 * 3);
    expect(n('assignments')).toBeGreaterThan(366 * 3 * 13);
    expect(n('assignments')).toBeLessThan(366 * 3 * 6 * 4);
    expect(n('patrols')).toBeGreaterThan(8_700);
    expect(n('patrols')).toBeLessThan(8_800);
    expect(n('checkpointVisits')).toBeGreaterThan(69_000);
    expect(n('checkpointVisits')).toBeLessThanOrEqual(n('patrols') * 8);
    expect(n('entranceLog') / 365).toBeGreaterThan(35);
    expect(n('entranceLog') / 365).toBeLessThan(45);
    expect(n('activityLog') / 365).toBeGreaterThan(25);
    expect(n('activityLog') / 365).toBeLessThan(35);
    expect(n('serviceRequests') / 365).toBeGreaterThan(4);
    expect(n('serviceRequests') / 365).toBeLessThan(6);
    expect(n('handoverNotes')).toBe(data.shifts.filter((s) => s.endsAt <= now).length);
  });

  it('parses with the domain schemas (every row of small tables, a sample of large ones)', () => {
    for (const table of siteTables) {
      const rows = data[table];
      const step = Math.max(1, Math.floor(rows.length / 2_000));
      for (let i = 0; i < rows.length; i += step) {
        const result = siteTableSchemas[table].safeParse(rows[i]);
        if (!result.success) throw new Error(`${table}[${i}]: ${result.error.message}`);
      }
    }
  });

  it('keeps ids unique and nothing after now but the schedule', () => {
    const ids = siteTables.flatMap((t) => data[t].map((r) => r.id));
    expect(new Set(ids).size).toBe(ids.length);
    for (const e of data.entranceLog) expect(e.at).toBeLessThanOrEqual(now);
    for (const a of data.activityLog) expect(a.at).toBeLessThanOrEqual(now);
    for (const v of data.checkpointVisits) expect(v.at).toBeLessThanOrEqual(now);
    for (const r of data.serviceRequests) expect(r.updatedAt).toBeLessThanOrEqual(now);
    for (const a of data.assignments) expect(a.checkedOutAt ?? 0).toBeLessThanOrEqual(now);
  });

  it('keeps the roster rules every day: minimum staff, no double booking, 16 h rest', () => {
    const perShift = new Map<string, string[]>();
    for (const a of data.assignments)
      perShift.set(a.shiftId, [...(perShift.get(a.shiftId) ?? []), a.postId + '|' + a.personId]);
    const minTotal = data.posts.reduce((s, p) => s + p.minStaff, 0);
    for (const s of data.shifts) {
      const rows = perShift.get(s.id) ?? [];
      expect(rows.length).toBeGreaterThanOrEqual(minTotal);
      const people = rows.map((r) => r.split('|')[1]);
      expect(new Set(people).size).toBe(people.length);
      for (const post of data.posts)
        expect(rows.filter((r) => r.startsWith(post.id + '|')).length).toBeGreaterThanOrEqual(post.minStaff);
    }
    const shiftById = new Map(data.shifts.map((s) => [s.id, s]));
    const lastEnd = new Map<string, number>();
    const sorted = [...data.assignments].sort(
      (a, b) => (shiftById.get(a.shiftId)?.startsAt ?? 0) - (shiftById.get(b.shiftId)?.startsAt ?? 0),
    );
    for (const a of sorted) {
      const s = shiftById.get(a.shiftId);
      if (!s) continue;
      const prev = lastEnd.get(a.personId);
      if (prev !== undefined) expect(s.startsAt - prev).toBeGreaterThanOrEqual(16 * HOUR);
      lastEnd.set(a.personId, s.endsAt);
    }
  });

  it('pairs closed-loop transfers both ways', () => {
    const byId = new Map(data.entranceLog.map((e) => [e.id, e]));
    let pairs = 0;
    for (const e of data.entranceLog) {
      if (e.pairId === null) continue;
      pairs++;
      expect(byId.get(e.pairId)?.pairId).toBe(e.id);
    }
    expect(pairs).toBeGreaterThan(365);
  });

  it('is deterministic and honours a shorter period', () => {
    const a = generateYear({ now, language: 'en', days: 7, seed: 4 });
    expect(generateYear({ now, language: 'en', days: 7, seed: 4 })).toEqual(a);
    expect(a.shifts).toHaveLength(8 * 3);
    expect(a.patrols.length).toBeGreaterThan(6 * 24);
    expect(a.patrols.length).toBeLessThan(7 * 24);
  });
});
