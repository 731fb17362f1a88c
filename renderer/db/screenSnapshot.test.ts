import { describe, expect, it, vi } from 'vitest';
import { Dexie } from 'dexie';
import { heldSnapshot, readAndHoldSnapshot, readScreenSnapshot, snapshotForSite } from './screenSnapshot';
import { seedOnFirstStart } from './seed';
import { makeTestDb } from './testing/makeTestDb';

const now = Date.UTC(2021, 10, 27, 3, 0); // 11:00 in Shanghai: the day shift

async function demo() {
  const db = makeTestDb({ name: `boot-${crypto.randomUUID()}` });
  await db.open();
  expect(await seedOnFirstStart(db, now, 'zh-CN')).toBe(true);
  return db;
}

describe('the snapshot of what the overview and the map draw', () => {
  it('has what the overview shows: the site, its entrances in sheet order, the shift and every post staffed', async () => {
    const db = await demo();
    const snap = await readScreenSnapshot(db, now);
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
    const snap = await readScreenSnapshot(db, now, undefined, true);
    const siteId = snap.site?.id ?? '';
    expect(snap.map?.works).toHaveLength(await db.perimeterWorks.where('siteId').equals(siteId).count());
    expect(snap.map?.works.length).toBeGreaterThan(0);
    expect(snap.map?.routes).toHaveLength(1);
    expect(snap.map?.routes[0]?.checkpoints.map((c) => c.order)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it('on an empty store has no site and nothing else', async () => {
    const db = makeTestDb({ name: `boot-${crypto.randomUUID()}` });
    await db.open();
    const snap = await readScreenSnapshot(db, now, undefined, true);
    expect(snap).toMatchObject({ site: null, entrances: [], shift: null, staffing: [], map: null, language: 'zh-CN' });
  });
});

describe('holding a snapshot for the screens about to mount', () => {
  it('is held for its own site only', async () => {
    const db = await demo();
    const snap = await readAndHoldSnapshot(db, now, true);
    const siteId = snap.site?.id;
    expect(heldSnapshot()).toBe(snap);
    expect(snapshotForSite(siteId, (s) => s.entrances)?.map((e) => e.number)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(snapshotForSite(siteId, (s) => s.map?.works)).toHaveLength(snap.map?.works.length ?? -1);
    expect(snapshotForSite('another-site', (s) => s.entrances)).toBeUndefined();
    expect(snapshotForSite(undefined, (s) => s.entrances)).toBeUndefined();
  });

  it('is dropped by the next change to the store: a screen mounting after it reads live', async () => {
    const db = await demo();
    const snap = await readAndHoldSnapshot(db, now, true);
    const doorway = snap.entrances.find((e) => e.number === 3);
    expect(doorway?.state).toBe('sealed');
    expect(heldSnapshot()).toBe(snap);
    await db.entrances.update(doorway?.id ?? '', { state: 'controlled-open' });
    expect(heldSnapshot()).toBeNull();
  });

  it('is not held when the store changed while it was being read', async () => {
    const db = await demo();
    // A change made, here or in another window, between the snapshot's round trips.
    const snap = await readAndHoldSnapshot(db, now, true, () => {
      Dexie.on.storagemutated.fire({});
    });
    expect(snap.site?.name).toBe('香樟苑');
    expect(heldSnapshot()).toBeNull();
    // The next read, with nothing changing, is held again.
    const again = await readAndHoldSnapshot(db, now, true);
    expect(heldSnapshot()).toBe(again);
  });

  it('read twice at once, is read once when the first read covers the second', async () => {
    const db = await demo();
    const reads = vi.spyOn(db, 'transaction');
    const [map, overview] = await Promise.all([
      readAndHoldSnapshot(db, now, true),
      readAndHoldSnapshot(db, now, false),
    ]);
    expect(overview).toBe(map);
    expect(reads).toHaveBeenCalledTimes(1);
    // The overview's read has no map layers: the map's own is read beside it.
    const [first, second] = await Promise.all([
      readAndHoldSnapshot(db, now, false),
      readAndHoldSnapshot(db, now, true),
    ]);
    expect(first.map).toBeNull();
    expect(second.map?.works.length).toBeGreaterThan(0);
    expect(reads).toHaveBeenCalledTimes(3);
  });
});
