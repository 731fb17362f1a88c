import { describe, expect, it } from 'vitest';
import { entranceSchema } from '../../../shared/domain';
import { chainHead } from '../../db/auditChain';
import { activeSiteId, type BackedUp } from '../../db/backup/siteRows';
import { ChangedSinceBackupError, NoOperatorError, ValidationError } from '../../db/errors';
import { seedFirstSite } from '../../db/seed';
import { inCommand, tableRows, testContext } from '../../db/testing/commandTesting';
import { makeTestDb } from '../../db/testing/makeTestDb';
import { resetToDemo, settingsCommands } from './commands';

const T0 = Date.UTC(2021, 10, 27, 6, 5);

/** A store with the demo seeded (as a first start does) and 陈静 on duty. */
async function seeded(signedIn = true) {
  const db = makeTestDb();
  await db.open();
  const ctx = await testContext(db, T0, false);
  await seedFirstSite(ctx);
  if (signedIn) return testContext(db, T0 + 60_000);
  return ctx;
}

/** The current site as a backup taken now holds it: what a deletion may go ahead on. */
async function backedUp(ctx: Awaited<ReturnType<typeof seeded>>): Promise<BackedUp> {
  const siteId = (await activeSiteId(ctx.db)) ?? '';
  return { siteId, chainHead: await chainHead(ctx.db.audit, siteId) };
}

describe('settings commands', () => {
  it('refuse to reset a site changed since its backup, or without one, deleting nothing', async () => {
    const ctx = await seeded();
    const taken = await backedUp(ctx);
    const entrance = await ctx.db.entrances.toCollection().first();
    if (!entrance) throw new Error('no entrance');
    await inCommand(ctx, ['entrances'], (w) =>
      w.update('entrances', entranceSchema, entrance.id, () => ({ state: 'closed' as const })),
    );
    const before = await tableRows(ctx.db, ['sites', 'entrances', 'audit', 'settings']);
    await expect(resetToDemo(ctx, 'en', taken)).rejects.toBeInstanceOf(ChangedSinceBackupError);
    await expect(resetToDemo(ctx, 'en', null)).rejects.toBeInstanceOf(ChangedSinceBackupError);
    await expect(
      settingsCommands.startEmptySite(ctx, { name: '新站点', backedUp: { ...taken, siteId: 'another' } }),
    ).rejects.toBeInstanceOf(ChangedSinceBackupError);
    expect(await tableRows(ctx.db, ['sites', 'entrances', 'audit', 'settings'])).toEqual(before);
  });

  it('reset to the demo: the old site goes, a new demo site is active, the audit trail is kept', async () => {
    const ctx = await seeded();
    const oldSite = (await ctx.db.sites.toArray())[0];
    const auditBefore = await ctx.db.audit.toArray();
    ctx.tick(3_600_000);
    await resetToDemo(ctx, 'en', await backedUp(ctx));

    const sites = await ctx.db.sites.toArray();
    expect(sites).toHaveLength(1);
    expect(sites[0]?.id).not.toBe(oldSite?.id);
    expect(sites[0]?.name).toBe('Xiangzhangyuan');
    expect((await ctx.db.settings.get('activeSiteId'))?.value).toBe(sites[0]?.id);
    expect(await ctx.db.entrances.count()).toBe(6);
    expect(
      await ctx.db.entrances
        .where('siteId')
        .equals(oldSite?.id ?? '')
        .count(),
    ).toBe(0);
    const audit = await ctx.db.audit.toArray();
    expect(audit.slice(0, auditBefore.length)).toEqual(auditBefore);
    // The old site's deletion, on its own chain with what went, then the new site.
    expect(audit.slice(auditBefore.length)).toMatchObject([
      {
        action: 'delete',
        table: 'sites',
        entityId: oldSite?.id,
        siteId: oldSite?.id,
        chain: oldSite?.id,
        before: { name: oldSite?.name, counts: { entrances: 6 } },
        after: null,
      },
      {
        action: 'reset',
        table: 'sites',
        entityId: sites[0]?.id,
        siteId: sites[0]?.id,
        operator: '陈静',
        at: T0 + 60_000 + 3_600_000,
        before: null,
        after: { name: 'Xiangzhangyuan' },
      },
    ]);
  });

  it('start an empty site on a blank grid, named as typed, with nothing else in it', async () => {
    const ctx = await seeded();
    await settingsCommands.startEmptySite(ctx, { name: ' 新站点 ', backedUp: await backedUp(ctx) });
    const [site, ...others] = await ctx.db.sites.toArray();
    expect(others).toEqual([]);
    expect(site).toMatchObject({
      name: '新站点',
      town: '',
      timeZone: 'Asia/Shanghai',
      residents: 0,
      closureStartedAt: null,
      plan: { kind: 'grid', width: 1000, height: 700, metresPerUnit: 0.25 },
      createdAt: T0 + 60_000,
    });
    expect((await ctx.db.settings.get('activeSiteId'))?.value).toBe(site?.id);
    expect(await tableRows(ctx.db, ['entrances', 'posts', 'people', 'shifts', 'perimeterWorks'])).toEqual({
      entrances: [],
      posts: [],
      people: [],
      shifts: [],
      perimeterWorks: [],
    });
    expect(await ctx.db.audit.toCollection().last()).toMatchObject({
      action: 'reset',
      entityId: site?.id,
      operator: '陈静',
      after: { name: '新站点' },
    });
  });

  it('refuse an empty site without a name, or with nobody on duty, and keep the site there is', async () => {
    const ctx = await seeded();
    const before = await tableRows(ctx.db, ['sites', 'entrances', 'audit', 'settings']);
    await expect(
      settingsCommands.startEmptySite(ctx, { name: '  ', backedUp: await backedUp(ctx) }),
    ).rejects.toBeInstanceOf(ValidationError);
    expect(await tableRows(ctx.db, ['sites', 'entrances', 'audit', 'settings'])).toEqual(before);

    const nobody = await seeded(false);
    const kept = await tableRows(nobody.db, ['sites', 'entrances', 'audit']);
    await expect(settingsCommands.startEmptySite(nobody, { name: '新站点', backedUp: null })).rejects.toBeInstanceOf(
      NoOperatorError,
    );
    await expect(resetToDemo(nobody, 'zh-CN', null)).rejects.toBeInstanceOf(NoOperatorError);
    expect(await tableRows(nobody.db, ['sites', 'entrances', 'audit'])).toEqual(kept);
  });
});
