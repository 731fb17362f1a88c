// Dexie's live queries run only where the global indexedDB exists, as in a browser.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { startSession } from './firstStart';
import { LiveReads } from './live/LiveReads';
import { makeTestDb } from './testing/makeTestDb';

const opened: LiveReads[] = [];
afterEach(() => {
  for (const live of opened.splice(0)) live.close();
});

async function start(db = makeTestDb()) {
  await db.open();
  const live = new LiveReads(db);
  opened.push(live);
  return { db, live, clock: { now: () => Date.UTC(2021, 10, 27, 6, 5) } };
}

describe('the start’s session', () => {
  it('seeds the demo site on a first start, audited as the app, and answers with it', async () => {
    const ctx = await start();
    const first = await startSession(ctx, 'demo');
    expect(first.site?.name).toBe('香樟苑');
    expect(await ctx.db.sites.count()).toBe(1);
    expect(await ctx.db.audit.toArray()).toMatchObject([{ action: 'seed', system: true, operator: 'Cordon' }]);
  });

  it('reads the site there is on every other start, and seeds nothing', async () => {
    const db = makeTestDb();
    await startSession(await start(db), 'demo');
    const again = await start(db);
    const session = await startSession(again, 'demo');
    expect(session.site?.name).toBe('香樟苑');
    expect(await db.sites.count()).toBe(1);
    expect(await db.audit.count()).toBe(1);
  });
});
