import { afterEach, describe, expect, it, vi } from 'vitest';
import { bootSnapshot } from '../db/bootSnapshot';
import type { CordonDb } from '../db/CordonDb';
import { seedOnFirstStart } from '../db/seed';
import { makeTestDb } from '../db/testing/makeTestDb';
import { PREPARE_WAIT_MS, prepareRoute } from './prepareRoute';

// The map screen's code is React and Leaflet: not loaded under Node.
vi.mock('./screenModules', () => ({ mapScreenModule: { load: () => Promise.resolve({}) } }));

const now = Date.UTC(2021, 10, 27, 3, 0);
const clock = { now: () => now };

async function demo() {
  const db = makeTestDb({ name: `route-${crypto.randomUUID()}` });
  await db.open();
  await seedOnFirstStart(db, now, 'zh-CN');
  return db;
}

afterEach(() => {
  vi.useRealTimers();
});

describe('before a screen is opened', () => {
  it('the map has every layer read for it, in one snapshot', async () => {
    const db = await demo();
    await prepareRoute({ db, clock }, '/map');
    const snap = bootSnapshot();
    expect(snap?.entrances).toHaveLength(6);
    expect(snap?.staffing).toHaveLength(6);
    expect(snap?.map?.works.length).toBeGreaterThan(0);
    expect(snap?.map?.routes[0]?.checkpoints).toHaveLength(8);
  });

  it('the overview has what it shows read, without the map layers', async () => {
    const db = await demo();
    await prepareRoute({ db, clock }, '/');
    expect(bootSnapshot()?.entrances).toHaveLength(6);
    expect(bootSnapshot()?.map).toBeNull();
  });

  it('a screen that reads live has nothing read for it', async () => {
    const db = await demo();
    await prepareRoute({ db, clock }, '/');
    const held = bootSnapshot();
    const transaction = vi.spyOn(db, 'transaction');
    await prepareRoute({ db, clock }, '/audit');
    expect(transaction).not.toHaveBeenCalled();
    expect(bootSnapshot()).toBe(held);
  });

  it('a store that does not answer holds the navigation back no longer than the wait', async () => {
    vi.useFakeTimers();
    const stalled = { transaction: () => new Promise(() => undefined) } as unknown as CordonDb;
    let done = false;
    void prepareRoute({ db: stalled, clock }, '/map').then(() => {
      done = true;
    });
    await vi.advanceTimersByTimeAsync(PREPARE_WAIT_MS - 1);
    expect(done).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(done).toBe(true);
  });

  it('a read that fails lets the navigation go ahead, with nothing held for it', async () => {
    const db = await demo();
    await prepareRoute({ db, clock }, '/');
    db.close();
    await expect(prepareRoute({ db, clock }, '/map')).resolves.toBeUndefined();
    expect(bootSnapshot()?.map ?? null).toBeNull();
  });
});
