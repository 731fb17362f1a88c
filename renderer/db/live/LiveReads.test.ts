// Dexie's live queries run only where the global indexedDB exists, as in a browser.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { entranceSchema } from '../../../shared/domain';
import { personRow } from '../../../shared/domain/testing/rows';
import { entrancesOfSite } from '../queries/entrances';
import { inCommand, testContext } from '../testing/commandTesting';
import { doorway } from '../testing/doorway';
import { makeTestDb } from '../testing/makeTestDb';
import { LiveReads, type LiveEntry } from './LiveReads';
import { defineQuery } from './query';

const opened: LiveReads[] = [];
async function setup(releaseAfterMs?: number, renewEveryWrites?: number) {
  const db = makeTestDb();
  await db.open();
  await db.entrances.bulkAdd([doorway(1), doorway(2)]);
  const live = new LiveReads(db, releaseAfterMs, renewEveryWrites);
  opened.push(live);
  return { live, ctx: await testContext(db, Date.UTC(2021, 10, 27, 6, 5)) };
}
afterEach(() => {
  for (const live of opened.splice(0)) live.close();
});

/** The entry's next state change, as a subscriber sees it. */
const nextChange = <T>(entry: LiveEntry<T>) =>
  new Promise<void>((resolve) => {
    const off = entry.subscribe(() => {
      off();
      resolve();
    });
  });

describe('the window’s live reads', () => {
  it('watch the store from the moment they are asked for: a change right after the first answer is the next answer', async () => {
    const { live, ctx } = await setup();
    const entry = live.entry(entrancesOfSite, ['s1']);
    await entry.answered;
    const [first, second] = entry.getState().data ?? [];
    const changed = nextChange(entry);
    // Nothing is drawn, nothing is idle: no frame, no idle callback exists here at all.
    await inCommand(ctx, ['entrances'], (w) =>
      w.update('entrances', entranceSchema, 'e2', () => ({ state: 'controlled-open' as const })),
    );
    await changed;
    const now = entry.getState().data ?? [];
    expect(now.map((e) => e.state)).toEqual(['sealed', 'controlled-open']);
    // The unchanged row is the same object: React redraws only the changed one.
    expect(now[0]).toBe(first);
    expect(now[1]).not.toBe(second);
  });

  it('are one live query per query and arguments, whoever asks', async () => {
    const { live } = await setup();
    expect(live.entry(entrancesOfSite, ['s1'])).toBe(live.entry(entrancesOfSite, ['s1']));
    expect(live.entry(entrancesOfSite, ['s1'])).not.toBe(live.entry(entrancesOfSite, ['s2']));
    expect(live.peek(entrancesOfSite, ['s3'])).toBeUndefined();
  });

  it('stop a query nobody watches after a while, and keep one that is watched', async () => {
    const { live } = await setup(20);
    const watched = live.entry(entrancesOfSite, ['s1']);
    const off = watched.subscribe(() => undefined);
    const unwatched = live.entry(entrancesOfSite, ['s2']);
    await Promise.all([watched.answered, unwatched.answered]);
    // Both were asked for together, the watched one first: once the other is released, its time had come too.
    await vi.waitFor(() => expect(live.peek(entrancesOfSite, ['s2'])).toBeUndefined());
    expect(live.peek(entrancesOfSite, ['s1'])).toBeDefined();
    expect(live.entry(entrancesOfSite, ['s1'])).toBe(watched);
    expect(live.entry(entrancesOfSite, ['s2'])).not.toBe(unwatched);
    off();
    await vi.waitFor(() => expect(live.peek(entrancesOfSite, ['s1'])).toBeUndefined());
    expect(live.entry(entrancesOfSite, ['s1'])).not.toBe(watched);
  });

  it('watch the store again when a component drawn before a release mounts after it', async () => {
    const { live, ctx } = await setup(20);
    const entry = live.entry(entrancesOfSite, ['s1']);
    await entry.answered;
    // Nobody subscribed in time (a transition held back): released, and no longer listed.
    await vi.waitFor(() => expect(live.peek(entrancesOfSite, ['s1'])).toBeUndefined());
    const changed = nextChange(entry);
    expect(live.entry(entrancesOfSite, ['s1'])).toBe(entry);
    await inCommand(ctx, ['entrances'], (w) =>
      w.update('entrances', entranceSchema, 'e1', () => ({ state: 'closed' as const })),
    );
    await changed;
    expect(entry.getState().data?.[0]?.state).toBe('closed');
  });

  it('hold a failed read as an error, and settle the first answer all the same', async () => {
    const { live } = await setup();
    const broken = defineQuery('broken', async () => {
      throw new Error('disk gone');
    });
    const entry = live.entry(broken, []);
    await entry.answered;
    expect(entry.getState()).toMatchObject({ loading: false, data: undefined });
    expect(String(entry.getState().error)).toContain('disk gone');
  });

  it('show what a command of this window committed at once, in every list that has the row, before reading again', async () => {
    const { live, ctx } = await setup();
    const entry = live.entry(entrancesOfSite, ['s1']);
    await entry.answered;
    const before = entry.getState().data ?? [];
    await inCommand({ ...ctx, live }, ['entrances'], (w) =>
      w.update('entrances', entranceSchema, 'e2', () => ({ state: 'emergency-only' as const })),
    );
    // No query has read the store again yet: the committed row is already in place.
    const now = entry.getState().data ?? [];
    expect(now.map((e) => e.state)).toEqual(['sealed', 'emergency-only']);
    expect(now[0]).toBe(before[0]);
    // The query's own next answer holds the same data: nothing changes again.
    const again = nextChange(entry);
    await inCommand({ ...ctx, live }, ['entrances'], (w) =>
      w.update('entrances', entranceSchema, 'e1', () => ({ note: '东侧' })),
    );
    await again;
    expect((entry.getState().data ?? [])[1]).toBe(now[1]);
  });

  it('subscribe afresh a query no write has touched for a while, so it drops what it gathered, and it still follows the store', async () => {
    const { live, ctx } = await setup(undefined, 3);
    let reads = 0;
    const people = defineQuery('peopleCount', async (db) => {
      reads += 1;
      return { count: await db.people.count() };
    });
    const entry = live.entry(people, []);
    const off = entry.subscribe(() => undefined);
    await entry.answered;
    const first = entry.getState().data;
    expect(reads).toBe(1);
    const touchDoorway = (note: string) =>
      inCommand(ctx, ['entrances'], (w) => w.update('entrances', entranceSchema, 'e1', () => ({ note })));
    // Three writes elsewhere: the first check only notes that the query has not read since.
    for (const note of ['a', 'b', 'c']) await touchDoorway(note);
    expect(reads).toBe(1);
    // Three more, still not its table: quiet since the last check, so it is subscribed afresh and reads once.
    for (const note of ['d', 'e', 'f']) await touchDoorway(note);
    await vi.waitFor(() => expect(reads).toBe(2));
    // The same data: the same object, nothing redrawn.
    expect(entry.getState().data).toBe(first);
    // And it still answers a change to what it reads.
    const changed = nextChange(entry);
    await ctx.db.people.add(personRow('p-new', '新来的'));
    await changed;
    expect(entry.getState().data).toEqual({ count: (first?.count ?? 0) + 1 });
    off();
  });
});
