import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { verifyAuditTrail } from '../../shared/audit/auditChain';
import { CHAIN_START } from '../../shared/audit/chain';
import { entranceSchema, groupSchema } from '../../shared/domain';
import { groupRow, siteRow } from '../../shared/domain/testing/rows';
import { emptyDataset } from '../../shared/demo/dataset';
import { inCommand, testContext } from './testing/commandTesting';
import { doorway } from './testing/doorway';
import { makeTestDb } from './testing/makeTestDb';
import { siteTableNames } from './siteData';
import { webSha256 } from './sha256';

const at = Date.UTC(2021, 10, 27, 6, 5);

/** Two sites with rows and a sign-on before either: three chains. */
async function twoSites() {
  const db = makeTestDb();
  await db.open();
  const ctx = await testContext(db, at);
  for (const id of ['s1', 's2']) {
    await inCommand(ctx, siteTableNames, (w) =>
      w.installSite({ ...emptyDataset(), sites: [siteRow({ id, name: id, createdAt: at })] }, 'seed'),
    );
    await inCommand(ctx, ['entrances', 'groups'], async (w) => {
      await w.create('entrances', entranceSchema, { ...doorway(3, `${id}-e`), siteId: id });
      await w.create('groups', groupSchema, groupRow(`${id}-g`, '巡逻组', { siteId: id }));
      await w.update('entrances', entranceSchema, `${id}-e`, () => ({ state: 'controlled-open' as const }), {
        reason: '救护车',
      });
    });
  }
  return ctx;
}

describe('the audit chain', () => {
  it('links every row after the last of its site, one chain per site, and verifies', async () => {
    const { db } = await twoSites();
    const rows = await db.audit.orderBy('seq').toArray();
    const reports = await verifyAuditTrail(rows, webSha256);
    expect(reports.map((r) => [r.chain, r.check.ok && r.check.count])).toEqual([
      ['laptop', 1],
      ['s1', 4],
      ['s2', 4],
    ]);
    const s2 = rows.filter((r) => r.chain === 's2');
    expect(s2[0]?.prevHash).toBe(CHAIN_START);
    // The rows of s2 follow one another, though s1's rows were written between them.
    expect(s2.slice(1).map((r) => r.prevHash)).toEqual(s2.slice(0, -1).map((r) => r.hash));
  });

  it('shows a row edited afterwards, and the row after one removed', async () => {
    const { db } = await twoSites();
    const s1 = await db.audit.where('[chain+seq]').between(['s1', 0], ['s1', Infinity]).toArray();
    const [, second, third] = s1;
    if (!second?.seq || !third?.seq) throw new Error('expected four rows on s1');

    await db.audit.update(second.seq, { operator: '李四' });
    const edited = await verifyAuditTrail(await db.audit.toArray(), webSha256);
    expect(edited.find((r) => r.chain === 's1')).toMatchObject({
      check: { ok: false, index: 1, reason: 'content' },
      brokenAt: { seq: second.seq, operator: '李四' },
    });
    expect(edited.filter((r) => r.check.ok).map((r) => r.chain)).toEqual(['laptop', 's2']);

    await db.audit.put(second);
    await db.audit.delete(second.seq);
    const removed = await verifyAuditTrail(await db.audit.toArray(), webSha256);
    expect(removed.find((r) => r.chain === 's1')).toMatchObject({
      check: { ok: false, index: 1, reason: 'link' },
      brokenAt: { seq: third.seq },
    });
  });

  it('a refused command leaves no link behind: the next row follows the last one kept', async () => {
    const ctx = await twoSites();
    await expect(
      inCommand(ctx, ['entrances'], async (w) => {
        await w.update('entrances', entranceSchema, 's1-e', () => ({ state: 'sealed' as const }));
        throw new Error('refused');
      }),
    ).rejects.toThrow('refused');
    await inCommand(ctx, ['entrances'], (w) =>
      w.update('entrances', entranceSchema, 's1-e', () => ({ state: 'closed' as const })),
    );
    const reports = await verifyAuditTrail(await ctx.db.audit.toArray(), webSha256);
    expect(reports.every((r) => r.check.ok)).toBe(true);
  });

  it('store version 5 chains the rows written before it, in the order they were written', async () => {
    const factory = new IDBFactory();
    const old = makeTestDb({ factory, upTo: 4 });
    await old.open();
    const row = (n: number, siteId: string | null) => ({
      at: at + n,
      operator: '王伟',
      action: 'update' as const,
      table: 'entrances',
      entityId: `e${n}`,
      siteId,
      before: { state: 'sealed' },
      after: { state: 'closed', n },
    });
    await old.audit.bulkAdd([row(1, 's1'), row(2, null), row(3, 's1'), row(4, 's2'), row(5, 's1')]);
    old.close();

    const db = makeTestDb({ factory });
    await db.open();
    const rows = await db.audit.orderBy('seq').toArray();
    expect(rows.map((r) => [r.seq, r.chain])).toEqual([
      [1, 's1'],
      [2, 'laptop'],
      [3, 's1'],
      [4, 's2'],
      [5, 's1'],
    ]);
    const reports = await verifyAuditTrail(rows, webSha256);
    expect(reports.map((r) => [r.chain, r.check.ok && r.check.count])).toEqual([
      ['laptop', 1],
      ['s1', 3],
      ['s2', 1],
    ]);
  });
});
