import { describe, expect, it } from 'vitest';
import { sessionCommands } from './session';
import { buildSeed, seedFirstSite } from './seed';
import { tableRows, testContext } from './testing/commandTesting';
import { makeTestDb } from './testing/makeTestDb';

// 2021-11-27 14:05 in Shanghai: the demo's second day.
const now = Date.UTC(2021, 10, 27, 6, 5);

describe('buildSeed', () => {
  it('builds the demo: Xiangzhangyuan, six entrances, closed since 01:30 the day before', async () => {
    const zh = await buildSeed('demo', now, 'zh-CN');
    expect(zh.sites).toMatchObject([{ name: '香樟苑', closureStartedAt: Date.parse('2021-11-25T17:30:00Z') }]);
    expect(zh.entrances).toHaveLength(6);
    const en = await buildSeed('demo', now, 'en');
    expect(en.sites).toMatchObject([{ name: 'Xiangzhangyuan' }]);
  });

  it('builds the large site: 60 entrances and 200 posts', async () => {
    const data = await buildSeed('large-site', now, 'en');
    expect(data.entrances).toHaveLength(60);
    expect(data.posts).toHaveLength(200);
  });

  it('builds the shift site: 500 people, 20 posts and a week of shifts from the site’s today', async () => {
    // 01:30 on the 28th in Shanghai, still the 27th in UTC.
    const data = await buildSeed('shift-site', Date.UTC(2021, 10, 27, 17, 30), 'zh-CN');
    expect(data.people).toHaveLength(500);
    expect(data.posts).toHaveLength(20);
    expect(data.shifts).toHaveLength(21);
    expect(data.shifts[0]?.date).toBe('2021-11-28');
    expect(data.shifts.at(-1)?.date).toBe('2021-12-04');
  });

  it('builds a year of operation: the demo’s six entrances, closed since 364 days before', async () => {
    const data = await buildSeed('year', now, 'zh-CN');
    expect(data.entrances).toHaveLength(6);
    expect(data.sites).toMatchObject([{ name: '香樟苑', closureStartedAt: Date.parse('2020-11-27T17:30:00Z') }]);
  });

  it('gives each build its own ids, so a site built again is a different site', async () => {
    const [a, b] = [await buildSeed('demo', now, 'zh-CN'), await buildSeed('demo', now, 'zh-CN')];
    expect(a.sites[0]?.id).not.toBe(b.sites[0]?.id);
  });
});

describe('seedFirstSite', () => {
  it('seeds the demo on an empty store, answered for by the app', async () => {
    const ctx = await testContext(makeTestDb(), now, false);
    expect(await seedFirstSite(ctx)).toBe(true);
    const { sites, entrances, audit } = await tableRows(ctx.db, ['sites', 'entrances', 'audit']);
    expect(sites).toMatchObject([{ name: '香樟苑' }]);
    expect(entrances).toHaveLength(6);
    expect(audit).toMatchObject([{ action: 'seed', system: true, operator: 'Cordon' }]);
  });

  it('seeds in the language the laptop is set to', async () => {
    const ctx = await testContext(makeTestDb(), now, false);
    await sessionCommands.setLanguage(ctx, 'en');
    await seedFirstSite(ctx);
    expect(await ctx.db.sites.toArray()).toMatchObject([{ name: 'Xiangzhangyuan' }]);
  });

  it('seeds the kind it is asked for', async () => {
    const ctx = await testContext(makeTestDb(), now, false);
    await seedFirstSite(ctx, 'large-site');
    expect(await ctx.db.entrances.count()).toBe(60);
  });

  it('seeds nothing on a store that has a site, and says so', async () => {
    const ctx = await testContext(makeTestDb(), now, false);
    await seedFirstSite(ctx);
    const before = await tableRows(ctx.db, ['sites', 'entrances', 'audit']);
    expect(await seedFirstSite(ctx, 'large-site')).toBe(false);
    expect(await tableRows(ctx.db, ['sites', 'entrances', 'audit'])).toEqual(before);
  });
});
