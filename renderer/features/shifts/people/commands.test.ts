import { describe, expect, it } from 'vitest';
import type { Group, Person } from '../../../../shared/domain';
import { ChangedSinceError, NoOperatorError, NotFoundError, ValidationError } from '../../../db/errors';
import { makeTestDb } from '../../../db/testing/makeTestDb';
import { tableRows, testContext, type TestContext } from '../../../db/testing/commandTesting';
import { peopleCommands, type PersonFields } from './commands';
import { GroupNameTakenError, LeaderNotMemberError, LeaderStoodDownError, NoSuchGroupError } from './refusals';

const { createPerson, updatePerson, standDownPerson, reinstatePerson, createGroup, updateGroup } = peopleCommands;

const T0 = Date.UTC(2026, 10, 28, 2, 0);
const order: Group = { id: 'g1', siteId: 's1', name: '秩序维护组', side: 'outside', order: 0, leaderId: 'p1' };
const testing: Group = { id: 'g2', siteId: 's1', name: '核酸检测组', side: 'inside', order: 1, leaderId: null };
const elsewhere: Group = { id: 'g9', siteId: 's2', name: '别处的组', side: 'outside', order: 0, leaderId: null };
const wang: Person = {
  id: 'p1',
  siteId: 's1',
  name: '王建国',
  phone: '138 0013 8001',
  unit: 'police',
  groupId: 'g1',
  role: '组长',
  reserve: false,
  notes: '',
  active: true,
};
const li: Person = { ...wang, id: 'p2', name: '李秀英', phone: '', unit: 'security-company', role: '组员' };
const zhang: Person = { ...wang, id: 'p3', name: '张伟', unit: 'volunteer', groupId: 'g2', role: '' };
const fields: PersonFields = {
  name: '赵敏',
  phone: '+86 (139) 0000-0004',
  unit: 'medical',
  groupId: 'g2',
  role: '组员',
  reserve: true,
  notes: '夜班优先',
};

async function setup(signedIn = true): Promise<TestContext> {
  const db = makeTestDb();
  await db.open();
  await db.groups.bulkAdd([order, testing, elsewhere]);
  await db.people.bulkAdd([wang, li, zhang]);
  return testContext(db, T0, signedIn);
}

const auditOf = (ctx: TestContext, table: string, id: string) =>
  ctx.db.audit.where('[table+entityId]').equals([table, id]).toArray();
const everything = (ctx: TestContext) => tableRows(ctx.db, ['people', 'groups', 'audit']);

describe('people commands', () => {
  it('create a person on the roll, with their audit row, and a name with markup kept as text', async () => {
    const ctx = await setup();
    const made = await createPerson(ctx, { siteId: 's1', fields: { ...fields, name: ' <script>alert(1)</script> ' } });
    expect(made).toEqual({ ...fields, name: '<script>alert(1)</script>', id: made.id, siteId: 's1', active: true });
    expect(await ctx.db.people.get(made.id)).toEqual(made);
    expect(await auditOf(ctx, 'people', made.id)).toMatchObject([
      { action: 'create', operator: '陈静', siteId: 's1', at: T0, before: null, after: made },
    ]);
  });

  it('create a person in no group', async () => {
    const ctx = await setup();
    const made = await createPerson(ctx, { siteId: 's1', fields: { ...fields, groupId: null } });
    expect(made.groupId).toBeNull();
  });

  it.each([
    ['an empty name', { name: '  ' }, 'name'],
    ['a name of invisible characters', { name: '\u200b\u200b' }, 'name'],
    ['letters in the phone', { phone: '138-abc' }, 'phone'],
    ['a phone of 33 characters', { phone: '1'.repeat(33) }, 'phone'],
    ['a role of 81 characters', { role: 'x'.repeat(81) }, 'role'],
  ])('refuse %s and leave nothing behind', async (_, change, field) => {
    const ctx = await setup();
    const before = await everything(ctx);
    await expect(createPerson(ctx, { siteId: 's1', fields: { ...fields, ...change } })).rejects.toMatchObject({
      name: 'ValidationError',
      issues: [{ path: [field] }],
    });
    expect(await everything(ctx)).toEqual(before);
  });

  it('accept a phone of exactly 32 characters', async () => {
    const ctx = await setup();
    const made = await createPerson(ctx, { siteId: 's1', fields: { ...fields, phone: '1'.repeat(32) } });
    expect(made.phone).toBe('11111111111111111111111111111111');
  });

  it.each([
    ['a group that does not exist', 'g-gone'],
    ['a group of another site', 'g9'],
  ])('refuse a person in %s', async (_, groupId) => {
    const ctx = await setup();
    const before = await everything(ctx);
    await expect(createPerson(ctx, { siteId: 's1', fields: { ...fields, groupId } })).rejects.toBeInstanceOf(
      NoSuchGroupError,
    );
    await expect(updatePerson(ctx, { opened: li, fields: { ...fields, groupId } })).rejects.toMatchObject({
      messageKey: 'people.error.noSuchGroup',
    });
    expect(await everything(ctx)).toEqual(before);
  });

  it('update a person, audited with before and after; their active state stays', async () => {
    const ctx = await setup();
    const after = await updatePerson(ctx, { opened: li, fields: { ...fields, groupId: 'g1', name: '李秀英' } });
    expect(after).toEqual({ ...li, ...fields, groupId: 'g1', name: '李秀英', active: true });
    expect(await auditOf(ctx, 'people', 'p2')).toMatchObject([
      { action: 'update', before: { phone: '', reserve: false }, after: { phone: '+86 (139) 0000-0004' } },
    ]);
    // Nobody left a group: no group was touched.
    expect(await ctx.db.groups.get('g1')).toEqual(order);
  });

  it('refuse an edit opened before someone else saved the person', async () => {
    const ctx = await setup();
    await updatePerson(ctx, { opened: li, fields: { ...fields, groupId: 'g1' } });
    const before = await everything(ctx);
    await expect(updatePerson(ctx, { opened: li, fields: { ...fields, name: '李四' } })).rejects.toBeInstanceOf(
      ChangedSinceError,
    );
    expect(await everything(ctx)).toEqual(before);
  });

  it('moving a group’s leader to another group clears that group’s leader, in the same change', async () => {
    const ctx = await setup();
    await updatePerson(ctx, { opened: wang, fields: { ...fields, name: wang.name, groupId: 'g2' } });
    expect((await ctx.db.people.get('p1'))?.groupId).toBe('g2');
    expect(await ctx.db.groups.get('g1')).toEqual({ ...order, leaderId: null });
    expect(await auditOf(ctx, 'groups', 'g1')).toMatchObject([
      { action: 'update', before: { leaderId: 'p1' }, after: { leaderId: null }, operator: '陈静' },
    ]);
    // The group moved into keeps its own leader (none).
    expect(await ctx.db.groups.get('g2')).toEqual(testing);
  });

  it('a member who is not the leader moves without touching any group', async () => {
    const ctx = await setup();
    await updatePerson(ctx, { opened: li, fields: { ...fields, groupId: null } });
    expect(await ctx.db.groups.toArray()).toEqual([order, testing, elsewhere]);
    expect(await auditOf(ctx, 'groups', 'g1')).toEqual([]);
  });

  it('stand down keeps the person, marks them, ends their leadership; again writes nothing', async () => {
    const ctx = await setup();
    const down = await standDownPerson(ctx, { id: 'p1', reason: '发热，居家隔离' });
    expect(down).toEqual({ ...wang, active: false });
    expect(await ctx.db.people.count()).toBe(3);
    expect(await ctx.db.groups.get('g1')).toEqual({ ...order, leaderId: null });
    expect(await auditOf(ctx, 'people', 'p1')).toMatchObject([
      { action: 'update', before: { active: true }, after: { active: false }, reason: '发热，居家隔离' },
    ]);
    const audited = await ctx.db.audit.count();
    await standDownPerson(ctx, { id: 'p1' });
    expect(await ctx.db.audit.count()).toBe(audited);
  });

  it('stand down a member who leads nothing leaves the groups alone', async () => {
    const ctx = await setup();
    await standDownPerson(ctx, { id: 'p2' });
    expect(await ctx.db.groups.toArray()).toEqual([order, testing, elsewhere]);
  });

  it('reinstate puts them back on the roll without making them leader again', async () => {
    const ctx = await setup();
    await standDownPerson(ctx, { id: 'p1' });
    ctx.tick(60_000);
    expect(await reinstatePerson(ctx, { id: 'p1' })).toEqual(wang);
    expect((await ctx.db.groups.get('g1'))?.leaderId).toBeNull();
    expect((await auditOf(ctx, 'people', 'p1')).map((r) => [r.at, r.after])).toEqual([
      [T0, { ...wang, active: false }],
      [T0 + 60_000, wang],
    ]);
  });

  it('name a missing person', async () => {
    const ctx = await setup();
    await expect(standDownPerson(ctx, { id: 'p9' })).rejects.toBeInstanceOf(NotFoundError);
    await expect(reinstatePerson(ctx, { id: 'p9' })).rejects.toBeInstanceOf(NotFoundError);
  });

  it('refuse to write when nobody is on duty', async () => {
    const ctx = await setup(false);
    await expect(standDownPerson(ctx, { id: 'p2' })).rejects.toBeInstanceOf(NoOperatorError);
    await expect(createPerson(ctx, { siteId: 's1', fields })).rejects.toBeInstanceOf(NoOperatorError);
    expect(await ctx.db.people.toArray()).toEqual([wang, li, zhang]);
  });
});

describe('group commands', () => {
  it('create a group last in the site’s order, with no leader, audited', async () => {
    const ctx = await setup();
    const made = await createGroup(ctx, { siteId: 's1', fields: { name: ' 后勤保障组 ', side: 'outside' } });
    expect(made).toEqual({ id: made.id, siteId: 's1', name: '后勤保障组', side: 'outside', order: 2, leaderId: null });
    expect(await auditOf(ctx, 'groups', made.id)).toMatchObject([{ action: 'create', after: made }]);
  });

  it('the first group of a site is first in order', async () => {
    const ctx = await setup();
    const made = await createGroup(ctx, { siteId: 's3', fields: { name: '第一组', side: 'inside' } });
    expect(made.order).toBe(0);
  });

  it.each([
    ['the same name', '核酸检测组'],
    ['the same name with spaces around', '  核酸检测组 '],
    ['the same Latin name in another case', 'TESTING'],
  ])('refuse a new group with %s and leave nothing behind', async (_, name) => {
    const ctx = await setup();
    await ctx.db.groups.put({ ...testing, id: 'g3', name: 'Testing', order: 2 });
    const before = await everything(ctx);
    await expect(createGroup(ctx, { siteId: 's1', fields: { name, side: 'inside' } })).rejects.toBeInstanceOf(
      GroupNameTakenError,
    );
    expect(await everything(ctx)).toEqual(before);
  });

  it('a name another site uses is free here', async () => {
    const ctx = await setup();
    const made = await createGroup(ctx, { siteId: 's1', fields: { name: '别处的组', side: 'reserve' } });
    expect(made.name).toBe('别处的组');
  });

  it('refuse a group with no name', async () => {
    const ctx = await setup();
    await expect(createGroup(ctx, { siteId: 's1', fields: { name: ' ', side: 'inside' } })).rejects.toBeInstanceOf(
      ValidationError,
    );
    expect(await ctx.db.groups.count()).toBe(3);
  });

  it('rename a group, keep its own name, and set a member as its leader', async () => {
    const ctx = await setup();
    const renamed = await updateGroup(ctx, {
      opened: order,
      fields: { name: '秩序维护一组', side: 'outside', leaderId: 'p2' },
    });
    expect(renamed).toEqual({ ...order, name: '秩序维护一组', leaderId: 'p2' });
    const kept = await updateGroup(ctx, {
      opened: renamed,
      fields: { name: '秩序维护一组', side: 'inside', leaderId: null },
    });
    expect(kept).toEqual({ ...renamed, side: 'inside', leaderId: null });
    expect((await auditOf(ctx, 'groups', 'g1')).map((r) => r.after)).toEqual([renamed, kept]);
  });

  it('refuse a leader from another group, saying who', async () => {
    const ctx = await setup();
    const before = await everything(ctx);
    await expect(
      updateGroup(ctx, { opened: order, fields: { name: order.name, side: 'outside', leaderId: 'p3' } }),
    ).rejects.toMatchObject({ name: 'LeaderNotMemberError', params: { name: '张伟' } });
    await expect(
      updateGroup(ctx, { opened: order, fields: { name: order.name, side: 'outside', leaderId: 'p3' } }),
    ).rejects.toBeInstanceOf(LeaderNotMemberError);
    expect(await everything(ctx)).toEqual(before);
  });

  it('refuse a leader who is stood down, and one who does not exist', async () => {
    const ctx = await setup();
    await standDownPerson(ctx, { id: 'p2' });
    const before = await everything(ctx);
    await expect(
      updateGroup(ctx, { opened: order, fields: { name: order.name, side: 'outside', leaderId: 'p2' } }),
    ).rejects.toBeInstanceOf(LeaderStoodDownError);
    await expect(
      updateGroup(ctx, { opened: order, fields: { name: order.name, side: 'outside', leaderId: 'p9' } }),
    ).rejects.toBeInstanceOf(NotFoundError);
    expect(await everything(ctx)).toEqual(before);
  });

  it('refuse renaming a group to another group’s name', async () => {
    const ctx = await setup();
    await expect(
      updateGroup(ctx, { opened: order, fields: { name: '核酸检测组', side: 'outside', leaderId: 'p1' } }),
    ).rejects.toMatchObject({ messageKey: 'people.error.groupNameTaken', params: { name: '核酸检测组' } });
    expect(await ctx.db.groups.get('g1')).toEqual(order);
  });

  it('refuse a group edit opened before someone else saved the group', async () => {
    const ctx = await setup();
    await updateGroup(ctx, { opened: order, fields: { name: order.name, side: 'outside', leaderId: 'p2' } });
    await expect(
      updateGroup(ctx, { opened: order, fields: { name: '秩序组', side: 'outside', leaderId: 'p1' } }),
    ).rejects.toBeInstanceOf(ChangedSinceError);
    expect(await ctx.db.groups.get('g1')).toEqual({ ...order, leaderId: 'p2' });
  });
});
