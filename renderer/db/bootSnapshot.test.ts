import { describe, expect, it } from 'vitest';
import { readBootSnapshot } from './bootSnapshot';
import { seedOnFirstStart } from './seed';
import { makeTestDb } from './testing/makeTestDb';

const now = Date.UTC(2021, 10, 27, 3, 0); // 11:00 in Shanghai: the day shift

async function demo() {
  const db = makeTestDb({ name: `boot-${crypto.randomUUID()}` });
  await db.open();
  expect(await seedOnFirstStart(db, now, 'zh-CN')).toBe(true);
  return db;
}

describe('the start-up read', () => {
  it('has what the overview shows: the site, its entrances in sheet order, the shift and every post staffed', async () => {
    const db = await demo();
    const snap = await readBootSnapshot(db, now);
    expect(snap.site?.name).toBe('香樟苑');
    expect(snap.entrances.map((e) => e.number)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(snap.shift).not.toBeNull();
    expect(snap.staffing).toHaveLength(6);
    expect(snap.staffing.every((s) => s.people.length >= s.post.minStaff)).toBe(true);
    // Not started on the map: its layers are left to the map screen.
    expect(snap.map).toBeNull();
  });

  it('started on the map, has the works and each route with its checkpoints in order', async () => {
    const db = await demo();
    const snap = await readBootSnapshot(db, now, undefined, true);
    const siteId = snap.site?.id ?? '';
    expect(snap.map?.works).toHaveLength(await db.perimeterWorks.where('siteId').equals(siteId).count());
    expect(snap.map?.works.length).toBeGreaterThan(0);
    expect(snap.map?.routes).toHaveLength(1);
    expect(snap.map?.routes[0]?.checkpoints.map((c) => c.order)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it('on an empty store has no site and nothing else', async () => {
    const db = makeTestDb({ name: `boot-${crypto.randomUUID()}` });
    await db.open();
    const snap = await readBootSnapshot(db, now, undefined, true);
    expect(snap).toMatchObject({ site: null, entrances: [], shift: null, staffing: [], map: null, language: 'zh-CN' });
  });
});
