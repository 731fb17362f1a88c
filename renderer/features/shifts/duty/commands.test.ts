import { describe, expect, it } from 'vitest';
import { assignmentRow, personRow, postRow, shiftRow, siteRow } from '../../../../shared/domain/testing/rows';
import { NoOperatorError, NotFoundError } from '../../../db/errors';
import { makeTestDb } from '../../../db/testing/makeTestDb';
import { tableRows, testContext, type TestContext } from '../../../db/testing/commandTesting';
import { dutyCommands } from './commands';

const { checkIn, checkOut, clearCheckIn, clearCheckOut, swapPerson } = dutyCommands;

const MIN = 60_000;
// The 08:00–16:00 shift of 28 Nov 2026 in Shanghai (UTC+8); the clock starts at 10:00.
const START = Date.UTC(2026, 10, 28, 0, 0);
const TEN = START + 120 * MIN;
const MIDNIGHT = Date.UTC(2026, 10, 27, 16, 0);

const site = siteRow({ plan: { kind: 'grid', width: 100, height: 100, metresPerUnit: 1 } });
const shift = shiftRow('sh1', START, START + 480 * MIN, { patternId: 'p1', slotIndex: 1 });
const post = postRow('post2', 3, { name: '门洞2岗', minStaff: 2 });
const person = (id: string, name: string, active = true) => personRow(id, name, { phone: '13800000000', active });
const assignment = (id: string, personId: string, checkedInAt: number | null = null) =>
  assignmentRow(id, 'sh1', 'post2', personId, { checkedInAt });

async function setup(signedIn = true): Promise<TestContext> {
  const db = makeTestDb();
  await db.open();
  await db.sites.add(site);
  await db.shifts.add(shift);
  await db.posts.add(post);
  await db.people.bulkAdd([person('p1', '张三'), person('p2', '李四'), person('p3', '王五', false)]);
  await db.assignments.bulkAdd([assignment('a1', 'p1'), assignment('a2', 'p2', START - 5 * MIN)]);
  return testContext(db, TEN, signedIn);
}

const TABLES = ['assignments', 'activityLog', 'audit'] as const;
const auditOf = (ctx: TestContext, id: string) =>
  ctx.db.audit.where('[table+entityId]').equals(['assignments', id]).toArray();

describe('check-in and check-out', () => {
  it('check in now by default, with its audit row', async () => {
    const ctx = await setup();
    const done = await checkIn(ctx, { assignmentId: 'a1' });
    expect(done).toMatchObject({ checkedInAt: TEN, checkedOutAt: null });
    expect(await auditOf(ctx, 'a1')).toMatchObject([
      { action: 'update', operator: '陈静', before: { checkedInAt: null }, after: { checkedInAt: TEN } },
    ]);
  });

  it('takes a typed time from the shift day’s midnight up to a minute ahead of now', async () => {
    const ctx = await setup();
    expect((await checkIn(ctx, { assignmentId: 'a1', at: MIDNIGHT })).checkedInAt).toBe(MIDNIGHT);
    await clearCheckIn(ctx, { assignmentId: 'a1' });
    expect((await checkIn(ctx, { assignmentId: 'a1', at: TEN + MIN })).checkedInAt).toBe(TEN + MIN);
  });

  it('refuses a time before the shift’s day or more than a minute ahead, leaving every table as it was', async () => {
    const ctx = await setup();
    const before = await tableRows(ctx.db, TABLES);
    await expect(checkIn(ctx, { assignmentId: 'a1', at: MIDNIGHT - 1 })).rejects.toMatchObject({
      messageKey: 'duty.refused.beforeShiftDay',
    });
    await expect(checkIn(ctx, { assignmentId: 'a1', at: TEN + MIN + 1 })).rejects.toMatchObject({
      messageKey: 'duty.refused.inFuture',
    });
    expect(await tableRows(ctx.db, TABLES)).toEqual(before);
  });

  it('refuses a second check-in, a check-out before the check-in, and without one', async () => {
    const ctx = await setup();
    await expect(checkIn(ctx, { assignmentId: 'a2' })).rejects.toMatchObject({
      messageKey: 'duty.refused.alreadyCheckedIn',
    });
    await expect(checkOut(ctx, { assignmentId: 'a1' })).rejects.toMatchObject({
      messageKey: 'duty.refused.notCheckedIn',
    });
    await expect(checkOut(ctx, { assignmentId: 'a2', at: START - 6 * MIN })).rejects.toMatchObject({
      messageKey: 'duty.refused.outBeforeIn',
    });
    expect((await checkOut(ctx, { assignmentId: 'a2', at: START - 5 * MIN })).checkedOutAt).toBe(START - 5 * MIN);
    await expect(checkOut(ctx, { assignmentId: 'a2' })).rejects.toMatchObject({
      messageKey: 'duty.refused.alreadyCheckedOut',
    });
  });

  it('undoes a check-out, then the check-in, each audited with its reason; not the check-in first', async () => {
    const ctx = await setup();
    await checkOut(ctx, { assignmentId: 'a2' });
    await expect(clearCheckIn(ctx, { assignmentId: 'a2' })).rejects.toMatchObject({
      messageKey: 'duty.refused.clearCheckOutFirst',
    });
    expect(await clearCheckOut(ctx, { assignmentId: 'a2', reason: '点错了' })).toMatchObject({
      checkedInAt: START - 5 * MIN,
      checkedOutAt: null,
    });
    expect(await clearCheckIn(ctx, { assignmentId: 'a2' })).toMatchObject({ checkedInAt: null });
    expect(await auditOf(ctx, 'a2')).toMatchObject([
      { after: { checkedOutAt: TEN } },
      { before: { checkedOutAt: TEN }, after: { checkedOutAt: null }, reason: '点错了' },
      { before: { checkedInAt: START - 5 * MIN }, after: { checkedInAt: null } },
    ]);
  });

  it('refuses an unknown assignment and an operator-less write', async () => {
    const ctx = await setup();
    await expect(checkIn(ctx, { assignmentId: 'nope' })).rejects.toBeInstanceOf(NotFoundError);
    const nobody = await setup(false);
    await expect(checkIn(nobody, { assignmentId: 'a1' })).rejects.toBeInstanceOf(NoOperatorError);
    expect((await nobody.db.assignments.get('a1'))?.checkedInAt).toBeNull();
  });
});

describe('swapPerson', () => {
  it('checks the old out and the new in at the same post and shift, both kept, with a log entry', async () => {
    const ctx = await setup();
    ctx.tick(90 * MIN);
    await ctx.db.people.add(person('p4', '赵六'));
    const { before, after } = await swapPerson(ctx, {
      assignmentId: 'a2',
      personId: 'p4',
      describe: ({ post: p, from, to }) => `${p}换人：${to} 接替 ${from}`,
    });
    const at = TEN + 90 * MIN;
    expect(before).toMatchObject({ id: 'a2', personId: 'p2', checkedInAt: START - 5 * MIN, checkedOutAt: at });
    expect(after).toMatchObject({
      shiftId: 'sh1',
      postId: 'post2',
      personId: 'p4',
      checkedInAt: at,
      checkedOutAt: null,
      replacesId: 'a2',
    });
    expect(await ctx.db.assignments.where('shiftId').equals('sh1').count()).toBe(3);
    expect(await ctx.db.activityLog.toArray()).toMatchObject([
      { kind: 'shift', at, text: '门洞2岗换人：赵六 接替 李四', operator: '陈静' },
    ]);
    expect(await auditOf(ctx, after.id)).toMatchObject([{ action: 'create', after: { replacesId: 'a2' } }]);
    await expect(clearCheckOut(ctx, { assignmentId: 'a2' })).rejects.toMatchObject({
      messageKey: 'duty.refused.swappedOut',
    });
  });

  it('refuses someone stood down, someone already on the shift, and a swapped-out place, changing nothing', async () => {
    const ctx = await setup();
    const before = await tableRows(ctx.db, TABLES);
    await expect(swapPerson(ctx, { assignmentId: 'a2', personId: 'p3' })).rejects.toMatchObject({
      messageKey: 'duty.refused.stoodDown',
      params: { name: '王五' },
    });
    await expect(swapPerson(ctx, { assignmentId: 'a2', personId: 'p1' })).rejects.toMatchObject({
      messageKey: 'duty.refused.alreadyOnShift',
      params: { name: '张三' },
    });
    await expect(swapPerson(ctx, { assignmentId: 'a2', personId: 'ghost' })).rejects.toBeInstanceOf(NotFoundError);
    await expect(swapPerson(ctx, { assignmentId: 'a2', personId: 'p1', at: START - 6 * MIN })).rejects.toMatchObject({
      messageKey: 'duty.refused.outBeforeIn',
    });
    expect(await tableRows(ctx.db, TABLES)).toEqual(before);
  });

  it('lets someone swapped out of the shift earlier come back in, and refuses swapping a place twice', async () => {
    const ctx = await setup();
    await ctx.db.people.add(person('p4', '赵六'));
    const first = await swapPerson(ctx, { assignmentId: 'a2', personId: 'p4' });
    await expect(swapPerson(ctx, { assignmentId: 'a2', personId: 'p4' })).rejects.toMatchObject({
      messageKey: 'duty.refused.alreadyCheckedOut',
    });
    ctx.tick(MIN);
    const back = await swapPerson(ctx, { assignmentId: first.after.id, personId: 'p2' });
    expect(back.after).toMatchObject({ personId: 'p2', replacesId: first.after.id, checkedInAt: TEN + MIN });
    expect(await ctx.db.activityLog.count()).toBe(0);
  });
});
