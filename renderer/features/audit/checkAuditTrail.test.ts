import { describe, expect, it } from 'vitest';
import { entranceSchema, groupSchema } from '../../../shared/domain';
import { groupRow, siteRow } from '../../../shared/domain/testing/rows';
import { emptyDataset } from '../../../shared/demo/dataset';
import { retireChain } from '../../db/backup/siteRows';
import { webSha256 } from '../../db/sha256';
import { siteTableNames } from '../../db/siteData';
import { inCommand, testContext } from '../../db/testing/commandTesting';
import { doorway } from '../../db/testing/doorway';
import { makeTestDb } from '../../db/testing/makeTestDb';
import { checkAuditTrail, type ChainCheckProgress, type CheckedChain } from './checkAuditTrail';

const at = Date.UTC(2021, 10, 27, 6, 5);

/** 香樟苑 (s1) and 桂花园 (s2), each seeded with an entrance and a group and one change, after a sign-on before either: three chains. */
async function twoSites() {
  const db = makeTestDb();
  await db.open();
  const ctx = await testContext(db, at);
  for (const [id, name] of [
    ['s1', '香樟苑'],
    ['s2', '桂花园'],
  ] as const) {
    await inCommand(ctx, siteTableNames, (w) =>
      w.installSite({ ...emptyDataset(), sites: [siteRow({ id, name, createdAt: at })] }, 'seed'),
    );
    await inCommand(ctx, ['entrances', 'groups'], async (w) => {
      await w.create('entrances', entranceSchema, { ...doorway(3, `${id}-e`), siteId: id });
      await w.create('groups', groupSchema, groupRow(`${id}-g`, '巡逻组', { siteId: id }));
      await w.update('entrances', entranceSchema, `${id}-e`, () => ({ state: 'controlled-open' as const }), {
        reason: '救护车',
      });
    });
    ctx.tick(60_000);
  }
  return ctx;
}

/** Each chain as the screen names it: whose, and whole with its count or where it breaks and why. */
const summary = (chains: CheckedChain[]) =>
  chains.map((c) => ({
    owner: c.owner,
    siteName: c.siteName,
    check: c.report.check.ok
      ? { ok: true, count: c.report.check.count }
      : { ok: false, index: c.report.check.index, reason: c.report.check.reason },
  }));

const s1Rows = async (ctx: Awaited<ReturnType<typeof twoSites>>) =>
  ctx.db.audit.where('[chain+seq]').between(['s1', 0], ['s1', Infinity]).toArray();

describe('checking the stored audit trail', () => {
  it('reads every row and reports each chain whole, with its count, its head and the name of its site', async () => {
    const ctx = await twoSites();
    const chains = await checkAuditTrail(ctx.db, webSha256);
    expect(summary(chains)).toEqual([
      { owner: { kind: 'laptop' }, siteName: null, check: { ok: true, count: 1 } },
      { owner: { kind: 'site', siteId: 's1' }, siteName: '香樟苑', check: { ok: true, count: 4 } },
      { owner: { kind: 'site', siteId: 's2' }, siteName: '桂花园', check: { ok: true, count: 4 } },
    ]);
    // The head is the hash of the chain's last row: what the shift sheet prints.
    const last = (await s1Rows(ctx)).at(-1);
    expect(chains[1]?.report.check).toMatchObject({ head: last?.hash });
    expect(chains[1]?.timeZone).toBe('Asia/Shanghai');
  });

  it('reads a page at a time and says how far it has got', async () => {
    const ctx = await twoSites();
    const heard: ChainCheckProgress[] = [];
    const chains = await checkAuditTrail(ctx.db, webSha256, (p) => heard.push(p), 2);
    expect(heard.filter((p) => p.stage === 'reading')).toEqual(
      [2, 4, 6, 8, 9].map((done) => ({ stage: 'reading', done, total: 9 })),
    );
    // Read in pages or at once, the chains are the same.
    expect(summary(chains)).toEqual(summary(await checkAuditTrail(ctx.db, webSha256)));
  });

  it('finds a row edited afterwards: its place on its chain, the row as it now reads, and that its content changed', async () => {
    const ctx = await twoSites();
    const second = (await s1Rows(ctx))[1];
    if (second?.seq === undefined) throw new Error('expected four rows on s1');
    await ctx.db.audit.update(second.seq, { operator: '李四' });

    const chains = await checkAuditTrail(ctx.db, webSha256);
    expect(summary(chains)).toEqual([
      { owner: { kind: 'laptop' }, siteName: null, check: { ok: true, count: 1 } },
      { owner: { kind: 'site', siteId: 's1' }, siteName: '香樟苑', check: { ok: false, index: 1, reason: 'content' } },
      { owner: { kind: 'site', siteId: 's2' }, siteName: '桂花园', check: { ok: true, count: 4 } },
    ]);
    expect(chains[1]?.report.brokenAt).toMatchObject({
      seq: second.seq,
      operator: '李四',
      table: 'entrances',
      action: 'create',
    });
  });

  it('finds a row removed: the chain breaks at the row after it, which no longer follows the one before', async () => {
    const ctx = await twoSites();
    const [, second, third] = await s1Rows(ctx);
    if (second?.seq === undefined || third?.seq === undefined) throw new Error('expected four rows on s1');
    await ctx.db.audit.delete(second.seq);

    const chains = await checkAuditTrail(ctx.db, webSha256);
    expect(summary(chains)[1]).toEqual({
      owner: { kind: 'site', siteId: 's1' },
      siteName: '香樟苑',
      check: { ok: false, index: 1, reason: 'link' },
    });
    expect(chains[1]?.report.brokenAt).toMatchObject({ seq: third.seq, table: 'groups' });
  });

  it('names a chain retired by a restore, and a deleted site’s chain by the name its own rows give', async () => {
    const ctx = await twoSites();
    const restoredAt = at + 3_600_000;
    await retireChain(ctx.db, 's1', restoredAt);
    await ctx.db.sites.delete('s2');

    const chains = await checkAuditTrail(ctx.db, webSha256);
    expect(summary(chains)).toEqual([
      { owner: { kind: 'laptop' }, siteName: null, check: { ok: true, count: 1 } },
      {
        owner: { kind: 'retired', siteId: 's1', at: restoredAt },
        siteName: '香樟苑',
        check: { ok: true, count: 4 },
      },
      { owner: { kind: 'site', siteId: 's2' }, siteName: '桂花园', check: { ok: true, count: 4 } },
    ]);
    // Its site gone, the chain has no zone of its own: the screen shows its times in the current site's.
    expect(chains[2]?.timeZone).toBeNull();
  });

  it('an empty trail has no chains', async () => {
    const db = makeTestDb();
    await db.open();
    expect(await checkAuditTrail(db, webSha256)).toEqual([]);
  });
});
