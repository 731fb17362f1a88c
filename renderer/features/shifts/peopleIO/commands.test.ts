import { describe, expect, it } from 'vitest';
import { auditContent } from '../../../../shared/audit/auditChain';
import type { AuditEntry, Group, Person } from '../../../../shared/domain';
import type { ImportPerson } from '../../../../shared/rules/peopleImport';
import { NoOperatorError } from '../../../db/errors';
import { tableRows, testContext } from '../../../db/testing/commandTesting';
import { makeTestDb } from '../../../db/testing/makeTestDb';
import { ImportRowError, ImportSizeError, peopleIOCommands, type ImportPeopleInput } from './commands';

const { importPeople } = peopleIOCommands;
const T0 = Date.UTC(2026, 11, 4, 14, 0);

const group = (id: string, name: string, side: Group['side'], order: number): Group => ({
  id,
  siteId: 's1',
  name,
  side,
  order,
  leaderId: null,
});
const wang: Person = {
  id: 'p1',
  siteId: 's1',
  name: '王芳',
  phone: '13900000001',
  unit: 'police',
  groupId: 'g1',
  role: '',
  reserve: false,
  notes: '',
  active: false,
};
const row = (n: number, name: string, more: Partial<ImportPerson> = {}): ImportPerson => ({
  row: n,
  name,
  phone: '',
  unit: 'other',
  groupName: '',
  role: '',
  reserve: null,
  notes: '',
  ...more,
});
const input = (people: ImportPerson[], newGroups: string[] = []): ImportPeopleInput => ({
  siteId: 's1',
  people,
  newGroups,
  fileName: '人员名单.xlsx',
  skipped: 2,
  reason: '导入 4 人，跳过 2 行',
  describe: ({ count, fileName }) => `从文件 ${fileName} 导入 ${count} 人`,
});

async function setup(signedIn = true) {
  const db = makeTestDb();
  await db.open();
  await db.groups.bulkAdd([group('g1', '一组', 'outside', 0), group('g2', '预备队', 'reserve', 4)]);
  await db.people.add(wang);
  return testContext(db, T0, signedIn);
}

const lastAudit = async (ctx: Awaited<ReturnType<typeof setup>>): Promise<AuditEntry | undefined> =>
  ctx.db.audit.orderBy('seq').last();

describe('importPeople', () => {
  it('creates the people and the groups asked for, with one audit row for the import', async () => {
    const ctx = await setup();
    const auditBefore = await ctx.db.audit.count();
    const result = await importPeople(
      ctx,
      input(
        [
          row(2, '张三', { phone: '138 0013 8000', unit: 'volunteer', groupName: '一组', role: '组长', notes: '夜班' }),
          row(3, '李四', { groupName: '预备队' }),
          row(5, '赵六', { groupName: '机动组', reserve: true }),
          row(6, '钱七', { groupName: '机动组' }),
        ],
        ['机动组'],
      ),
    );
    expect(result).toEqual({ imported: 4, groupsCreated: 1 });

    const groups = (await ctx.db.groups.toArray()).sort((a, b) => a.order - b.order);
    expect(groups.map((g) => [g.name, g.side, g.order, g.leaderId])).toEqual([
      ['一组', 'outside', 0, null],
      ['预备队', 'reserve', 4, null],
      ['机动组', 'outside', 5, null],
    ]);
    const mobile = groups[2]?.id;
    const people = (await ctx.db.people.toArray()).filter((p) => p.id !== 'p1');
    const byName = Object.fromEntries(people.map((p) => [p.name, p]));
    expect({ ...byName['张三'], id: '-' }).toEqual({
      id: '-',
      siteId: 's1',
      name: '张三',
      phone: '138 0013 8000',
      unit: 'volunteer',
      groupId: 'g1',
      role: '组长',
      reserve: false,
      notes: '夜班',
      active: true,
    });
    // Reserve from the group's side when the file says nothing, from the file when it does.
    expect(['张三', '李四', '赵六', '钱七'].map((n) => [n, byName[n]?.reserve, byName[n]?.groupId === mobile])).toEqual(
      [
        ['张三', false, false],
        ['李四', true, false],
        ['赵六', true, true],
        ['钱七', false, true],
      ],
    );

    // One audit row for the import, and one for its line in the activity log.
    expect(await ctx.db.audit.count()).toBe(auditBefore + 2);
    expect((await ctx.db.activityLog.toArray()).map((l) => [l.kind, l.text, l.operator, l.at])).toEqual([
      ['people', '从文件 人员名单.xlsx 导入 4 人', '陈静', T0],
    ]);
    const audit = await lastAudit(ctx);
    expect(audit && { ...auditContent(audit), entityId: '-' }).toEqual({
      at: T0,
      operator: '陈静',
      action: 'create',
      table: 'people',
      entityId: '-',
      siteId: 's1',
      before: null,
      after: { name: '人员名单.xlsx', imported: 4, groupsCreated: ['机动组'], skipped: 2 },
      reason: '导入 4 人，跳过 2 行',
    });
  });

  it('uses a group the site already has rather than creating one of the same name', async () => {
    const ctx = await setup();
    const result = await importPeople(ctx, input([row(2, '张三', { groupName: '一组' })], ['一组']));
    expect(result).toEqual({ imported: 1, groupsCreated: 0 });
    expect(await ctx.db.groups.count()).toBe(2);
  });

  it.each([
    [
      'a duplicate of someone stored, stood down included',
      [row(2, '张三'), row(3, '王芳', { phone: '+86 139 0000 0001' })],
      new ImportRowError(3, 'duplicate', '王芳'),
    ],
    ['the same person twice', [row(2, '张三'), row(4, '张三')], new ImportRowError(4, 'duplicate', '张三')],
    [
      'a group neither stored nor asked for',
      [row(2, '张三'), row(7, '李四', { groupName: '机动组' })],
      new ImportRowError(7, 'group', '李四'),
    ],
    [
      'a row its schema refuses',
      [row(2, '张三'), row(8, '李四', { phone: 'abc' })],
      new ImportRowError(8, 'invalid', '李四'),
    ],
    ['nobody', [], new ImportSizeError(0)],
  ])('refuses %s and writes nothing', async (_, people, error) => {
    const ctx = await setup();
    const before = await tableRows(ctx.db, ['people', 'groups', 'audit']);
    const refused = importPeople(ctx, input(people, ['巡逻组']));
    await expect(refused).rejects.toThrow(error);
    await expect(refused).rejects.toMatchObject({ messageKey: error.messageKey, params: error.params });
    expect(await tableRows(ctx.db, ['people', 'groups', 'audit'])).toEqual(before);
  });

  it('refuses more than the row limit', async () => {
    const ctx = await setup();
    const many = Array.from({ length: 10_001 }, (_, i) => row(i + 2, `人${i}`));
    await expect(importPeople(ctx, input(many))).rejects.toMatchObject({
      messageKey: 'peopleIO.refused.tooMany',
      params: { count: 10_001, max: 10_000 },
    });
    expect(await ctx.db.people.count()).toBe(1);
  });

  it('refuses when nobody is on duty', async () => {
    const ctx = await setup(false);
    await expect(importPeople(ctx, input([row(2, '张三')]))).rejects.toThrow(NoOperatorError);
    expect(await ctx.db.people.count()).toBe(1);
  });
});
