import { afterEach, describe, expect, it, vi } from 'vitest';
import { heldSnapshot } from '../db/screenSnapshot';
import type { CordonDb } from '../db/CordonDb';
import { seedOnFirstStart } from '../db/seed';
import { makeTestDb } from '../db/testing/makeTestDb';
import { PREPARE_WAIT_MS, prepareRoute } from './prepareRoute';

// The map screen's code is React and Leaflet: not loaded under Node.
vi.mock('./screenModules', () => ({ mapScreenModule: { load: () => Promise.resolve({}) } }));

const start = Date.UTC(2021, 10, 27, 3, 0, 10);

// Each test seeds a store of its own: that write drops whatever an earlier test left held.
async function demo() {
  const db = makeTestDb({ name: `route-${crypto.randomUUID()}` });
  await db.open();
  await seedOnFirstStart(db, start, 'zh-CN');
  let now = start;
  const clock = { now: () => now };
  const reads = vi.spyOn(db, 'transaction');
  return { db, clock, reads, later: (ms: number) => (now += ms) };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('before the overview or the map is opened', () => {
  it('the map has every layer read for it, in one transaction', async () => {
    const { db, clock, reads } = await demo();
    await prepareRoute({ db, clock }, '/map');
    const snap = heldSnapshot();
    expect(snap?.entrances).toHaveLength(6);
    expect(snap?.staffing).toHaveLength(6);
    expect(snap?.map?.works.length).toBeGreaterThan(0);
    expect(snap?.map?.routes[0]?.checkpoints).toHaveLength(8);
    expect(reads).toHaveBeenCalledTimes(1);
  });

  it('the overview has what it shows read, without the map layers', async () => {
    const { db, clock } = await demo();
    await prepareRoute({ db, clock }, '/');
    expect(heldSnapshot()?.entrances).toHaveLength(6);
    expect(heldSnapshot()?.map).toBeNull();
  });

  it('a snapshot still held covers the next opening in the same minute: nothing is read again', async () => {
    const { db, clock, reads, later } = await demo();
    await prepareRoute({ db, clock }, '/map');
    const held = heldSnapshot();
    later(20_000);
    await prepareRoute({ db, clock }, '/');
    await prepareRoute({ db, clock }, '/map');
    expect(reads).toHaveBeenCalledTimes(1);
    expect(heldSnapshot()).toBe(held);
  });

  it('is read again once the store has changed, once the minute has turned, and for the map after the overview', async () => {
    const { db, clock, reads, later } = await demo();
    await prepareRoute({ db, clock }, '/');
    await prepareRoute({ db, clock }, '/map');
    expect(reads).toHaveBeenCalledTimes(2);
    const entrance = heldSnapshot()?.entrances[2];
    await db.entrances.update(entrance?.id ?? '', { state: 'controlled-open' });
    await prepareRoute({ db, clock }, '/map');
    expect(heldSnapshot()?.entrances[2]?.state).toBe('controlled-open');
    later(60_000);
    await prepareRoute({ db, clock }, '/map');
    // The update and the map's reads, each in a transaction of its own.
    expect(reads.mock.calls.filter(([mode]) => mode === 'r')).toHaveLength(4);
    expect(heldSnapshot()?.minute).toBe(Math.floor((start + 60_000) / 60_000) * 60_000);
  });

  it('a screen that reads live has nothing read for it', async () => {
    const { db, clock, reads } = await demo();
    await prepareRoute({ db, clock }, '/');
    const held = heldSnapshot();
    await prepareRoute({ db, clock }, '/audit');
    expect(reads).toHaveBeenCalledTimes(1);
    expect(heldSnapshot()).toBe(held);
  });

  it('a store that does not answer holds the navigation back no longer than the wait, and not at all once it is given up', async () => {
    vi.useFakeTimers();
    const stalled = { transaction: () => new Promise(() => undefined) } as unknown as CordonDb;
    const clock = { now: () => start + 3_600_000 };
    let done = false;
    void prepareRoute({ db: stalled, clock }, '/map').then(() => {
      done = true;
    });
    await vi.advanceTimersByTimeAsync(PREPARE_WAIT_MS - 1);
    expect(done).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(done).toBe(true);

    const controller = new AbortController();
    let given = false;
    void prepareRoute({ db: stalled, clock }, '/map', controller.signal).then(() => {
      given = true;
    });
    await vi.advanceTimersByTimeAsync(10);
    expect(given).toBe(false);
    controller.abort();
    await vi.advanceTimersByTimeAsync(0);
    expect(given).toBe(true);
  });

  it('a read that fails lets the navigation go ahead, and what was held stays', async () => {
    const { db, clock } = await demo();
    await prepareRoute({ db, clock }, '/');
    const held = heldSnapshot();
    db.close();
    await expect(prepareRoute({ db, clock }, '/map')).resolves.toBeUndefined();
    expect(heldSnapshot()).toBe(held);
  });
});
