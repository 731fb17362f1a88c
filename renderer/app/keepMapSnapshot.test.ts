import { afterEach, describe, expect, it, vi } from 'vitest';
import { heldSnapshot } from '../db/screenSnapshot';
import { seedOnFirstStart } from '../db/seed';
import { makeTestDb } from '../db/testing/makeTestDb';
import { keepMapSnapshot } from './keepMapSnapshot';

const start = Date.UTC(2021, 10, 27, 3, 0, 10);

/** The page's idle moments, driven by hand: each call runs what was waiting for one. */
function idleByHand() {
  let waiting: (() => void)[] = [];
  const whenIdle = (task: () => void) => {
    waiting.push(task);
    return () => {
      waiting = waiting.filter((t) => t !== task);
    };
  };
  const goIdle = async () => {
    const tasks = waiting;
    waiting = [];
    for (const t of tasks) t();
    // The read's round trips to the store.
    await new Promise((resolve) => setTimeout(resolve, 50));
  };
  return { whenIdle, goIdle, waiting: () => waiting.length };
}

async function demo() {
  const db = makeTestDb({ name: `keep-${crypto.randomUUID()}` });
  await db.open();
  await seedOnFirstStart(db, start, 'zh-CN');
  let now = start;
  const reads = vi.spyOn(db, 'transaction');
  return { db, clock: { now: () => now }, reads, later: (ms: number) => (now += ms) };
}

const mapReads = (reads: { mock: { calls: unknown[][] } }) => reads.mock.calls.filter(([mode]) => mode === 'r').length;
let stop = () => {};
afterEach(() => {
  stop();
  vi.useRealTimers();
});

describe('the map’s snapshot, kept while the operator is elsewhere', () => {
  it('is read once the page is idle, with every layer, and then held', async () => {
    const { db, clock, reads } = await demo();
    const idle = idleByHand();
    stop = keepMapSnapshot({ db, clock }, idle.whenIdle);
    expect(mapReads(reads)).toBe(0);
    await idle.goIdle();
    expect(mapReads(reads)).toBe(1);
    expect(heldSnapshot()?.map?.works.length).toBeGreaterThan(0);
    expect(heldSnapshot()?.entrances).toHaveLength(6);
    // Held and current: nothing more to do.
    expect(idle.waiting()).toBe(0);
  });

  it('is read again, when idle, after the store changes, so what is held is what the store holds', async () => {
    const { db, clock, reads } = await demo();
    const idle = idleByHand();
    stop = keepMapSnapshot({ db, clock }, idle.whenIdle);
    await idle.goIdle();
    const doorway = heldSnapshot()?.entrances.find((e) => e.number === 3);
    await db.entrances.update(doorway?.id ?? '', { state: 'controlled-open' });
    expect(heldSnapshot()).toBeNull();
    await idle.goIdle();
    expect(mapReads(reads)).toBe(2);
    expect(heldSnapshot()?.entrances.find((e) => e.number === 3)?.state).toBe('controlled-open');
  });

  it('changes made while it is read are caught by one more read', async () => {
    const { db, clock, reads } = await demo();
    const idle = idleByHand();
    stop = keepMapSnapshot({ db, clock }, idle.whenIdle);
    await idle.goIdle();
    const [a, b] = heldSnapshot()?.entrances ?? [];
    await db.entrances.update(a?.id ?? '', { state: 'closed' });
    idle.whenIdle(() => void db.entrances.update(b?.id ?? '', { state: 'closed' }));
    // The read starts, and the second change lands while it is on its way.
    await idle.goIdle();
    expect(heldSnapshot()).toBeNull();
    await idle.goIdle();
    expect(mapReads(reads)).toBe(3);
    expect(
      heldSnapshot()
        ?.entrances.slice(0, 2)
        .map((e) => e.state),
    ).toEqual(['closed', 'closed']);
    expect(idle.waiting()).toBe(0);
  });

  it('is read again when the minute turns: the current shift is looked up by the minute', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    const { db, clock, reads, later } = await demo();
    const idle = idleByHand();
    stop = keepMapSnapshot({ db, clock }, idle.whenIdle);
    await idle.goIdle();
    later(60_000);
    vi.advanceTimersByTime(15_000);
    await idle.goIdle();
    expect(mapReads(reads)).toBe(2);
    expect(heldSnapshot()?.minute).toBe(Math.floor((start + 60_000) / 60_000) * 60_000);
  });

  it('once stopped, reads nothing more; a read that fails waits for the next change', async () => {
    const { db, clock, reads } = await demo();
    const idle = idleByHand();
    stop = keepMapSnapshot({ db, clock }, idle.whenIdle);
    db.close();
    await idle.goIdle();
    expect(idle.waiting()).toBe(0);
    stop();
    await db.open();
    await db.entrances.toCollection().modify({ state: 'closed' });
    expect(idle.waiting()).toBe(0);
    expect(mapReads(reads)).toBe(1);
  });
});
