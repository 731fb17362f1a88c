import { describe, expect, it } from 'vitest';
import { auditContent } from '../../shared/audit/auditChain';
import { entranceSchema, groupSchema, personSchema, type AuditEntry } from '../../shared/domain';
import { groupRow, personRow, siteRow } from '../../shared/domain/testing/rows';
import { emptyDataset } from '../../shared/demo/dataset';
import { EntityWriter, siteOf } from './entityWriter';
import { ChangedSinceError } from './errors';
import { inCommand, tableRows, testContext } from './testing/commandTesting';
import { doorway } from './testing/doorway';
import { makeTestDb } from './testing/makeTestDb';
import { siteTableNames } from './siteData';

const at = Date.UTC(2021, 10, 27, 6, 5);

const site = siteRow({ id: 's7', name: '幸福小区', town: '武汉', residents: 1200, createdAt: at });

/** An audit row as it reads: without its running number and its chain link, which depend on the rows written before. */
const withoutSeq = (row: AuditEntry): Partial<AuditEntry> => auditContent(row);

async function setup() {
  const db = makeTestDb();
  await db.open();
  await db.entrances.bulkAdd([doorway(3), doorway(4)]);
  return testContext(db, at);
}

describe('siteOf', () => {
  it.each([
    ['a row of a site', { id: 'e3', siteId: 's1' }, 's1'],
    ['a site itself (id and time zone)', { id: 's7', timeZone: 'Asia/Shanghai' }, 's7'],
    ['a site id that is not text, on a site', { id: 's7', siteId: 7, timeZone: 'UTC' }, 's7'],
    ['an id without a time zone', { id: 'p1' }, null],
    ['a time zone without an id', { timeZone: 'UTC' }, null],
    ['an id that is not text', { id: 7, timeZone: 'UTC' }, null],
    ['nothing', {}, null],
  ])('%s', (_, row, expected) => {
    expect(siteOf(row)).toBe(expected);
  });
});

describe('EntityWriter', () => {
  it('refuses to name an operator for a command attributed to no one', () => {
    const w = new EntityWriter(makeTestDb(), null, at);
    expect(() => w.operator).toThrow(new Error('this command is not attributed to anyone and writes no audit rows'));
  });

  it('updates many rows with one audit row each, without a reason unless one is given', async () => {
    const ctx = await setup();
    const seqBefore = await ctx.db.audit.count();
    await inCommand(ctx, ['entrances'], async (w) => {
      const rows = await w.db.entrances.toArray();
      await w.updateMany('entrances', entranceSchema, rows, () => ({ state: 'controlled-open' as const }));
    });
    await inCommand(ctx, ['entrances'], async (w) => {
      const rows = await w.db.entrances.where('id').equals('e3').toArray();
      await w.updateMany('entrances', entranceSchema, rows, () => ({ state: 'closed' as const }), '夜间封闭');
    });
    const rows = (await ctx.db.audit.toArray()).slice(seqBefore).map(withoutSeq);
    expect(rows).toEqual([
      {
        action: 'update',
        table: 'entrances',
        entityId: 'e3',
        siteId: 's1',
        operator: '陈静',
        at,
        before: doorway(3),
        after: { ...doorway(3), state: 'controlled-open' },
      },
      {
        action: 'update',
        table: 'entrances',
        entityId: 'e4',
        siteId: 's1',
        operator: '陈静',
        at,
        before: doorway(4),
        after: { ...doorway(4), state: 'controlled-open' },
      },
      {
        action: 'update',
        table: 'entrances',
        entityId: 'e3',
        siteId: 's1',
        operator: '陈静',
        at,
        before: { ...doorway(3), state: 'controlled-open' },
        after: { ...doorway(3), state: 'closed' },
        reason: '夜间封闭',
      },
    ]);
  });

  it('names the reason field when a bulk update’s reason is refused', async () => {
    const ctx = await setup();
    const refused = inCommand(ctx, ['entrances'], async (w) => {
      const rows = await w.db.entrances.toArray();
      await w.updateMany(
        'entrances',
        entranceSchema,
        rows,
        () => ({ state: 'controlled-open' as const }),
        'x'.repeat(501),
      );
    });
    await expect(refused).rejects.toMatchObject({ name: 'ValidationError', issues: [{ path: ['reason'] }] });
    expect(await ctx.db.entrances.toArray()).toEqual([doorway(3), doorway(4)]);
  });

  it('installs a site as the active one with a single audit row, and refuses a dataset without one', async () => {
    const ctx = await setup();
    const seqBefore = await ctx.db.audit.count();
    await expect(inCommand(ctx, siteTableNames, (w) => w.installSite(emptyDataset(), 'seed'))).rejects.toThrow(
      new Error('dataset has no site'),
    );
    await inCommand(ctx, siteTableNames, (w) => w.installSite({ ...emptyDataset(), sites: [site] }, 'reset'));
    expect(await ctx.db.sites.toArray()).toEqual([site]);
    expect(await ctx.db.entrances.where('siteId').equals('s7').count()).toBe(0);
    expect((await ctx.db.settings.get('activeSiteId'))?.value).toBe('s7');
    const rows = (await ctx.db.audit.toArray()).slice(seqBefore).map(withoutSeq);
    expect(rows).toEqual([
      {
        action: 'reset',
        table: 'sites',
        entityId: 's7',
        siteId: 's7',
        operator: '陈静',
        at,
        before: null,
        after: { name: '幸福小区' },
      },
    ]);
  });

  it('refuses a stale edit of a row that has no audit rows, naming no one and no time', async () => {
    const ctx = await setup();
    const refused = inCommand(ctx, ['entrances'], (w) =>
      w.update('entrances', entranceSchema, 'e3', () => ({ state: 'controlled-open' as const }), {
        expected: { ...doorway(3), note: '旧的' },
      }),
    );
    await expect(refused).rejects.toBeInstanceOf(ChangedSinceError);
    await expect(refused).rejects.toMatchObject({
      by: null,
      at: null,
      message: 'entrances e3 was changed after the edit was opened',
    });
  });
  it('creates many rows in several tables with one audit row for them all', async () => {
    const ctx = await setup();
    const seqBefore = await ctx.db.audit.count();
    const group = groupRow('g1', '机动组', { order: 3 });
    const person = (id: string, name: string) => personRow(id, name, { unit: 'other', groupId: 'g1' });
    await inCommand(ctx, ['groups', 'people'], (w) =>
      w.createMany(
        [
          { name: 'groups', schema: groupSchema, values: [group] },
          { name: 'people', schema: personSchema, values: [person('p1', ' 张三 '), person('p2', '李四')] },
        ],
        { table: 'people', entityId: 'import-1', siteId: 's1', after: { imported: 2 }, reason: '人员.xlsx' },
      ),
    );
    expect(await ctx.db.groups.toArray()).toEqual([group]);
    // Each row is stored as its schema reads it: the name trimmed.
    expect(await ctx.db.people.toArray()).toEqual([person('p1', '张三'), person('p2', '李四')]);
    expect((await ctx.db.audit.toArray()).slice(seqBefore).map(withoutSeq)).toEqual([
      {
        action: 'create',
        table: 'people',
        entityId: 'import-1',
        siteId: 's1',
        operator: '陈静',
        at,
        before: null,
        after: { imported: 2 },
        reason: '人员.xlsx',
      },
    ]);
  });

  it('writes none of many rows when one of them fails its schema', async () => {
    const ctx = await setup();
    const before = await tableRows(ctx.db, ['groups', 'people', 'audit']);
    const group = groupRow('g1', '机动组', { order: 3 });
    const write = inCommand(ctx, ['groups', 'people'], (w) =>
      w.createMany(
        [
          { name: 'groups', schema: groupSchema, values: [group] },
          { name: 'people', schema: personSchema, values: [{ id: 'p1', siteId: 's1', name: '' }] },
        ],
        { table: 'people', entityId: 'import-1', siteId: 's1', after: { imported: 1 } },
      ),
    );
    await expect(write).rejects.toThrow(/invalid input/);
    expect(await tableRows(ctx.db, ['groups', 'people', 'audit'])).toEqual(before);
  });
});
