import { describe, expect, it } from 'vitest';
import { languages } from '../domain';
import { siteTables } from './dataset';
import { siteTableSchemas } from './datasetSchemas';
import { generateLargeSite, largeSiteCounts } from './generateLargeSite';

const now = Date.UTC(2021, 10, 28, 6, 17, 23, 456);

describe.each(languages)('the large site in %s', (language) => {
  const data = generateLargeSite({ now, language });

  it('has 60 entrances, 200 posts, 2,000 perimeter works (200 symbols) on a 4000 × 2800 grid', () => {
    expect(data.entrances).toHaveLength(largeSiteCounts.entrances);
    expect(data.posts).toHaveLength(largeSiteCounts.posts);
    expect(data.perimeterWorks).toHaveLength(largeSiteCounts.perimeterWorks);
    expect(data.perimeterWorks.filter((w) => w.geometry.type === 'point')).toHaveLength(largeSiteCounts.symbols);
    expect(data.sites[0]?.plan).toMatchObject({ kind: 'grid', width: 4000, height: 2800 });
    expect(data.patrolRoutes).toHaveLength(1);
    expect(data.checkpoints.length).toBeGreaterThan(0);
    expect(data.people.length).toBeGreaterThan(0);
    expect(data.shifts.length).toBeGreaterThan(0);
  });

  it('parses row by row with the domain schemas, with unique ids, numbers and one site id', () => {
    for (const table of siteTables) {
      for (const row of data[table]) {
        const result = siteTableSchemas[table].safeParse(row);
        if (!result.success) throw new Error(`${table}: ${result.error.message}\n${JSON.stringify(row)}`);
      }
    }
    const ids = siteTables.flatMap((t) => data[t].map((r) => r.id));
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(data.entrances.map((e) => e.number)).size).toBe(data.entrances.length);
    const siteId = data.sites[0]?.id;
    for (const t of siteTables)
      if (t !== 'sites') for (const r of data[t]) expect((r as { siteId: string }).siteId).toBe(siteId);
  });

  it('keeps everything on the plan and every post pointing at a real entrance', () => {
    const onPlan = (p: { x: number; y: number }) => p.x >= 0 && p.x <= 4000 && p.y >= 0 && p.y <= 2800;
    const points = [
      ...data.entrances.map((e) => e.position),
      ...data.posts.map((p) => p.position),
      ...data.checkpoints.map((c) => c.position),
      ...data.perimeterWorks.flatMap((w) => (w.geometry.type === 'line' ? w.geometry.points : [w.geometry.at])),
    ];
    expect(points.filter((p) => !onPlan(p))).toEqual([]);
    const entranceIds = new Set(data.entrances.map((e) => e.id));
    for (const p of data.posts) if (p.entranceId !== null) expect(entranceIds.has(p.entranceId)).toBe(true);
  });
});

describe('the large site', () => {
  it('is deterministic for the same now, language and salt', () => {
    const a = generateLargeSite({ now, language: 'zh-CN', idSalt: 'x' });
    const b = generateLargeSite({ now, language: 'zh-CN', idSalt: 'x' });
    expect(b).toEqual(a);
    expect(generateLargeSite({ now, language: 'zh-CN', idSalt: 'y' }).entrances[10]?.id).not.toBe(a.entrances[10]?.id);
  });
});
