import { describe, expect, it } from 'vitest';
import { languages } from '../domain';
import { addDays, localDate, localTime, zonedInstant } from '../time/zoned';
import { buildDemoSite } from './buildDemoSite';
import { siteTables, type SiteDataset } from './dataset';
import { siteTableSchemas } from './datasetSchemas';

const tz = 'Asia/Shanghai';
/** Moments in Shanghai: just after midnight, on a shift change, mid-afternoon, one minute before midnight. */
const demoNows = [
  Date.UTC(2021, 10, 27, 16, 0, 30), // 2021-11-28 00:00:30
  Date.UTC(2021, 10, 28, 0, 0), // 2021-11-28 08:00:00
  Date.UTC(2021, 10, 28, 6, 17, 23, 456), // 2021-11-28 14:17:23.456
  Date.UTC(2021, 10, 28, 15, 59), // 2021-11-28 23:59
  Date.UTC(2024, 1, 28, 16, 20), // 2024-02-29 00:20, leap day
];

describe.each(languages)('the demo site in %s', (language) => {
  it.each(demoNows)('parses row by row with the domain schemas (now=%i)', (now) => {
    const data = buildDemoSite({ now, language });
    for (const table of siteTables) {
      for (const row of data[table]) {
        const result = siteTableSchemas[table].safeParse(row);
        if (!result.success) throw new Error(`${table}: ${result.error.message}\n${JSON.stringify(row)}`);
      }
    }
  });

  it.each(demoNows)('has unique ids across the whole dataset and one site id everywhere (now=%i)', (now) => {
    const data = buildDemoSite({ now, language });
    const ids = siteTables.flatMap((t) => data[t].map((r) => r.id));
    expect(new Set(ids).size).toBe(ids.length);
    const siteId = data.sites[0]?.id;
    for (const t of siteTables)
      if (t !== 'sites') for (const r of data[t]) expect((r as { siteId: string }).siteId).toBe(siteId);
  });
});

describe('the demo site', () => {
  const now = demoNows[2] ?? 0;
  const data = buildDemoSite({ now, language: 'zh-CN' });

  it('was sealed at 01:30 Shanghai time on the day before now', () => {
    for (const n of demoNows) {
      const site = buildDemoSite({ now: n, language: 'en' }).sites[0];
      const yesterday = addDays(localDate(n, tz), -1);
      expect(site?.closureStartedAt).toBe(zonedInstant(yesterday, 90, tz));
      expect(site?.createdAt).toBe(site?.closureStartedAt);
      expect(localTime(site?.closureStartedAt ?? 0, tz)).toBe('01:30');
    }
  });

  it('is Xiangzhangyuan in Sanlin town, in either language', () => {
    expect(data.sites).toHaveLength(1);
    expect(data.sites[0]).toMatchObject({ name: '香樟苑', town: '三林镇', timeZone: tz, residents: 2600 });
    expect(data.sites[0]?.plan).toMatchObject({ kind: 'bundled', name: 'xiangzhangyuan', width: 1000, height: 700 });
    expect(buildDemoSite({ now, language: 'en' }).sites[0]).toMatchObject({
      name: 'Xiangzhangyuan',
      town: 'Sanlin Town',
    });
  });

  it('has six entrances: one controlled passage, a sealed side gate, four sealed street doorways', () => {
    expect(data.entrances).toHaveLength(6);
    expect(data.entrances.map((e) => e.number).sort()).toEqual([1, 2, 3, 4, 5, 6]);
    const by = (kind: string) => data.entrances.filter((e) => e.kind === kind);
    expect(by('passage').map((e) => e.state)).toEqual(['controlled-open']);
    expect(by('side-gate').map((e) => e.state)).toEqual(['sealed']);
    expect(by('street-doorway').map((e) => e.state)).toEqual(['sealed', 'sealed', 'sealed', 'sealed']);
    expect(by('street-doorway').map((e) => e.name)).toEqual(['沿街门洞1', '沿街门洞2', '沿街门洞3', '沿街门洞4']);
  });

  it('has a post at every entrance with a sensible minimum', () => {
    expect(data.posts).toHaveLength(6);
    expect(data.posts.map((p) => p.order)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(new Set(data.posts.map((p) => p.entranceId)).size).toBe(6);
    for (const p of data.posts) {
      const entrance = data.entrances.find((e) => e.id === p.entranceId);
      expect(entrance).toBeDefined();
      expect(p.minStaff).toBe(entrance?.kind === 'passage' ? 3 : 2);
    }
  });

  it('has 8 outside groups with 59 people, a 30-person reserve, 4 inside groups with 130 volunteers', () => {
    const sides = (side: string) => data.groups.filter((g) => g.side === side);
    expect(sides('outside')).toHaveLength(8);
    expect(sides('reserve')).toHaveLength(1);
    expect(sides('inside')).toHaveLength(4);
    const peopleIn = (side: string) => {
      const ids = new Set(sides(side).map((g) => g.id));
      return data.people.filter((p) => p.groupId !== null && ids.has(p.groupId));
    };
    expect(peopleIn('outside')).toHaveLength(59);
    expect(peopleIn('reserve')).toHaveLength(30);
    expect(peopleIn('inside')).toHaveLength(130);
    expect(data.people).toHaveLength(219);
    for (const p of peopleIn('reserve')) expect(p.reserve).toBe(true);
    for (const p of [...peopleIn('outside'), ...peopleIn('inside')]) expect(p.reserve).toBe(false);
    for (const p of peopleIn('inside')) expect(p.unit).toBe('volunteer');
    for (const g of data.groups) expect(data.people.some((p) => p.groupId === g.id)).toBe(true);
    expect(new Set(data.people.map((p) => p.phone)).size).toBe(219);
    expect(new Set(data.people.map((p) => p.name)).size).toBe(219);
  });

  it('links every row to rows that exist', () => {
    const has = (rows: { id: string }[]) => {
      const s = new Set(rows.map((r) => r.id));
      return (id: string) => s.has(id);
    };
    const shift = has(data.shifts);
    const post = has(data.posts);
    const person = has(data.people);
    for (const a of data.assignments) expect(shift(a.shiftId) && post(a.postId) && person(a.personId)).toBe(true);
    for (const s of data.shifts)
      expect(s.leaderId !== null && person(s.leaderId) && has(data.shiftPatterns)(s.patternId)).toBe(true);
    for (const c of data.checkpoints) expect(has(data.patrolRoutes)(c.routeId)).toBe(true);
    for (const p of data.patrols) expect(p.personIds.every(person) && has(data.patrolRoutes)(p.routeId)).toBe(true);
    for (const v of data.checkpointVisits)
      expect(has(data.patrols)(v.patrolId) && has(data.checkpoints)(v.checkpointId)).toBe(true);
    for (const e of data.entranceLog) expect(has(data.entrances)(e.entranceId)).toBe(true);
    for (const h of data.handoverNotes) expect(shift(h.shiftId)).toBe(true);
    for (const u of data.upgradeItems) expect(u.workId !== null && has(data.perimeterWorks)(u.workId)).toBe(true);
  });

  it('has the perimeter works of day two, with one upgrade item per piece of work but the wall', () => {
    const kinds = (kind: string) => data.perimeterWorks.filter((w) => w.kind === kind);
    expect(kinds('cordon-tape').map((w) => w.state)).toEqual(['done', 'done', 'done', 'done']);
    expect(kinds('guard-rail').map((w) => w.state)).toEqual(['done', 'done', 'done', 'done']);
    expect(kinds('netting').map((w) => w.state)).toEqual(['under-way']);
    expect(kinds('camera').map((w) => [w.state, w.geometry.type])).toEqual([['planned', 'point']]);
    expect(kinds('light').length).toBeGreaterThan(0);
    expect(kinds('wall').map((w) => [w.state, w.geometry.type])).toEqual([['done', 'line']]);
    expect(data.upgradeItems).toHaveLength(data.perimeterWorks.length - 1);
    for (const u of data.upgradeItems) {
      const work = data.perimeterWorks.find((w) => w.id === u.workId);
      expect(u.state).toBe(work?.state);
      expect(data.groups.map((g) => g.name)).toContain(u.responsible);
      if (u.state === 'done') expect(u.actualStart !== null && u.actualEnd !== null && u.actualEnd <= now).toBe(true);
      if (u.state === 'under-way') expect(u.actualStart !== null && u.actualEnd === null).toBe(true);
      if (u.state === 'planned') expect(u.actualStart === null && (u.plannedStart ?? 0) > now).toBe(true);
    }
  });

  it('is the same for the same seed, and differs for another seed', () => {
    for (const n of demoNows) {
      const a: SiteDataset = buildDemoSite({ now: n, language: 'zh-CN', seed: 9 });
      expect(buildDemoSite({ now: n, language: 'zh-CN', seed: 9 })).toEqual(a);
      expect(buildDemoSite({ now: n, language: 'zh-CN', seed: 10 }).people.map((p) => p.name)).not.toEqual(
        a.people.map((p) => p.name),
      );
    }
    expect(buildDemoSite({ now, language: 'zh-CN' })).toEqual(data);
  });
});

describe('id salt', () => {
  it('changes every id and nothing else', () => {
    const now = Date.UTC(2026, 10, 28, 2, 0);
    const a = buildDemoSite({ now, language: 'zh-CN' });
    const b = buildDemoSite({ now, language: 'zh-CN', idSalt: 'second seeding' });
    expect(b.sites[0]?.id).not.toBe(a.sites[0]?.id);
    const aIds = new Set(a.people.map((p) => p.id));
    expect(b.people.some((p) => aIds.has(p.id))).toBe(false);
    expect(b.people.map((p) => p.name)).toEqual(a.people.map((p) => p.name));
    expect(b.entrances.map((e) => [e.number, e.name, e.state])).toEqual(
      a.entrances.map((e) => [e.number, e.name, e.state]),
    );
  });
});
