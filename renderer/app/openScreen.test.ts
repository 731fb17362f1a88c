// Dexie's live queries run only where the global indexedDB exists, as in a browser.
import 'fake-indexeddb/auto';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, describe, expect, it } from 'vitest';
import type { Entrance } from '../../shared/domain';
import { LiveReads } from '../db/live/LiveReads';
import { call, defineQuery } from '../db/live/query';
import { entrancesOfSite } from '../db/queries/entrances';
import { session } from '../db/queries/session';
import { doorway } from '../db/testing/doorway';
import { makeTestDb } from '../db/testing/makeTestDb';
import { openScreen } from './openScreen';
import type { ScreenComponent, ScreenDef } from './screens';

const Screen: ScreenComponent = () => null;
const door: Entrance = doorway(1);
/** A read that never answers: a store that is stuck. */
const stuck = defineQuery('stuck', () => new Promise<never>(() => undefined));

const opened: LiveReads[] = [];
async function reads(): Promise<{ live: LiveReads; clock: { now: () => number } }> {
  const db = makeTestDb();
  await db.open();
  await db.entrances.add(door);
  const live = new LiveReads(db);
  opened.push(live);
  return { live, clock: { now: () => Date.UTC(2021, 10, 27, 6, 5) } };
}
afterEach(() => {
  for (const live of opened.splice(0)) live.close();
});

describe('opening a screen', () => {
  it('resolves once its code is in and its first read has answered, and the screen then reads that answer at once', async () => {
    const services = await reads();
    const asked: string[] = [];
    const def: ScreenDef = {
      load: async () => Screen,
      reads: ({ siteId, minute }) => {
        asked.push(`${siteId} ${minute}`);
        return [call(entrancesOfSite, 's1'), call(session)];
      },
    };
    expect(await openScreen(services, def)).toBe(Screen);
    // The site of the session (none read yet here), and the minute it opens in.
    expect(asked).toEqual([`null ${Date.UTC(2021, 10, 27, 6, 5)}`]);
    expect(services.live.peek(entrancesOfSite, ['s1'])).toEqual([door]);
  });

  it('goes ahead without its data when the first read takes longer than the wait', async () => {
    const services = await reads();
    const started = Date.now();
    const screen = await openScreen(services, { load: async () => Screen, reads: () => [call(stuck)] }, undefined, 50);
    expect(screen).toBe(Screen);
    expect(Date.now() - started).toBeGreaterThanOrEqual(45);
  });

  it('gives up at once when the operator goes on to another screen, code or data still on its way', async () => {
    const services = await reads();
    const controller = new AbortController();
    const neverLoads: ScreenDef = { load: () => new Promise<never>(() => undefined) };
    const waiting = openScreen(services, neverLoads, controller.signal);
    controller.abort();
    expect(await waiting).toBeNull();
    const slowData = new AbortController();
    const opening = openScreen(services, { load: async () => Screen, reads: () => [call(stuck)] }, slowData.signal);
    setTimeout(() => slowData.abort(), 10);
    expect(await opening).toBeNull();
  });

  it('turns code that fails to load into a screen that throws it, for the screen’s error boundary', async () => {
    const services = await reads();
    const failed = await openScreen(services, { load: () => Promise.reject(new Error('chunk missing')) });
    expect(failed).not.toBeNull();
    if (!failed) throw new Error('no screen');
    expect(() => renderToStaticMarkup(createElement(failed, { site: null }))).toThrow('chunk missing');
  });
});
