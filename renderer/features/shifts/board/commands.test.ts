import { describe, expect, it } from 'vitest';
import type { Person, ShiftPattern } from '../../../../shared/domain';
import { assignmentRow, personRow, postRow, shiftRow, siteRow } from '../../../../shared/domain/testing/rows';
import { zonedInstant } from '../../../../shared/time/zoned';
import { makeTestDb } from '../../../db/testing/makeTestDb';
import { tableRows, testContext, type TestContext } from '../../../db/testing/commandTesting';
import { NoOperatorError } from '../../../db/errors';
import { boardCommands } from './commands';
import { AlreadyAssignedError, AssignmentWorkedError, PersonStoodDownError, ShiftWorkedError } from './refusals';

const { assignPerson, unassignPerson, moveAssignment, setShiftLeader, generateShifts, removeShift, copyDay } =
  boardCommands;

const TZ = 'Asia/Shanghai';
const T0 = Date.UTC(2026, 10, 28, 2, 0); // 10:00 in Shanghai, 28 Nov
const site = siteRow();
const pattern: ShiftPattern = {
  id: 'p3',
  siteId: 's1',
  name: '三班倒',
  slots: [
    { name: '夜班', startMinute: 0, durationMinutes: 480 },
    { name: '白班', startMinute: 480, durationMinutes: 480 },
    { name: '晚班', startMinute: 960, durationMinutes: 480 },
  ],
};
const post = (id: string, order: number) => postRow(id, order, { minStaff: 2 });
const person = (id: string, name: string, more: Partial<Person> = {}) =>
  personRow(id, name, { phone: '13800000000', role: '组员', ...more });
const shift = (id: string, date: string, slotIndex: number, leaderId: string | null = null) => {
  const slot = pattern.slots[slotIndex] ?? { name: '', startMinute: 0, durationMinutes: 480 };
  const startsAt = zonedInstant(date, slot.startMinute, TZ);
  const endsAt = zonedInstant(date, slot.startMinute + slot.durationMinutes, TZ);
  return shiftRow(id, startsAt, endsAt, { patternId: 'p3', slotIndex, name: slot.name, date, leaderId });
};
const assignment = assignmentRow;

async function setup(signedIn = true): Promise<TestContext> {
  const db = makeTestDb();
  await db.open();
  await db.sites.add(site);
  await db.shiftPatterns.add(pattern);
  await db.posts.bulkAdd([post('main', 0), post('side', 1)]);
  await db.people.bulkAdd([
    person('zhang', '张伟'),
    person('li', '李娜'),
    person('wang', '王芳', { active: false }),
    person('zhao', '赵磊', { reserve: true }),
  ]);
  await db.shifts.bulkAdd([shift('d28', '2026-11-28', 1, 'zhang'), shift('e28', '2026-11-28', 2)]);
  await db.assignments.bulkAdd([
    assignment('a1', 'd28', 'main', 'zhang'),
    assignment('a2', 'd28', 'main', 'li', { checkedInAt: T0 - 3_600_000 }),
  ]);
  return testContext(db, T0, signedIn);
}

const auditOf = (ctx: TestContext, table: string, id: string) =>
  ctx.db.audit.where('[table+entityId]').equals([table, id]).toArray();
const allTables = ['shifts', 'assignments', 'people', 'handoverNotes'] as const;

describe('board commands', () => {
  it('put a person in a cell, unchecked, with its audit row', async () => {
    const ctx = await setup();
    const made = await assignPerson(ctx, { shiftId: 'e28', postId: 'side', personId: 'zhao' });
    expect(made).toMatchObject({
      siteId: 's1',
      shiftId: 'e28',
      postId: 'side',
      personId: 'zhao',
      checkedInAt: null,
      checkedOutAt: null,
      replacesId: null,
    });
    expect(await auditOf(ctx, 'assignments', made.id)).toMatchObject([{ action: 'create', operator: '陈静' }]);
  });

  it('refuse someone stood down, or the same person twice in one cell, changing nothing', async () => {
    const ctx = await setup();
    const before = await tableRows(ctx.db, allTables);
    await expect(assignPerson(ctx, { shiftId: 'e28', postId: 'side', personId: 'wang' })).rejects.toBeInstanceOf(
      PersonStoodDownError,
    );
    await expect(assignPerson(ctx, { shiftId: 'd28', postId: 'main', personId: 'zhang' })).rejects.toBeInstanceOf(
      AlreadyAssignedError,
    );
    // The same person at another post of the same shift is allowed here: the board flags it as double-booked.
    await expect(tableRows(ctx.db, allTables)).resolves.toEqual(before);
    await expect(assignPerson(ctx, { shiftId: 'd28', postId: 'side', personId: 'zhang' })).resolves.toMatchObject({
      postId: 'side',
    });
  });

  it('write nothing without an operator on duty', async () => {
    const ctx = await setup(false);
    await expect(assignPerson(ctx, { shiftId: 'e28', postId: 'side', personId: 'li' })).rejects.toBeInstanceOf(
      NoOperatorError,
    );
    expect(await ctx.db.assignments.count()).toBe(2);
  });

  it('take off and move only who has not checked in', async () => {
    const ctx = await setup();
    await expect(unassignPerson(ctx, { assignmentId: 'a2' })).rejects.toBeInstanceOf(AssignmentWorkedError);
    await expect(moveAssignment(ctx, { assignmentId: 'a2', shiftId: 'e28', postId: 'main' })).rejects.toBeInstanceOf(
      AssignmentWorkedError,
    );
    const moved = await moveAssignment(ctx, { assignmentId: 'a1', shiftId: 'e28', postId: 'side' });
    expect(moved).toMatchObject({ id: 'a1', shiftId: 'e28', postId: 'side' });
    expect(await auditOf(ctx, 'assignments', 'a1')).toMatchObject([
      { action: 'update', before: { shiftId: 'd28', postId: 'main' }, after: { shiftId: 'e28', postId: 'side' } },
    ]);
    await unassignPerson(ctx, { assignmentId: 'a1' });
    expect(await ctx.db.assignments.get('a1')).toBeUndefined();
    expect((await auditOf(ctx, 'assignments', 'a1')).at(-1)).toMatchObject({ action: 'delete', after: null });
  });

  it('name a shift leader, refuse one stood down, and clear it', async () => {
    const ctx = await setup();
    expect(await setShiftLeader(ctx, { shiftId: 'e28', leaderId: 'li' })).toMatchObject({ leaderId: 'li' });
    await expect(setShiftLeader(ctx, { shiftId: 'e28', leaderId: 'wang' })).rejects.toBeInstanceOf(
      PersonStoodDownError,
    );
    expect(await setShiftLeader(ctx, { shiftId: 'e28', leaderId: null })).toMatchObject({ leaderId: null });
  });

  it('make a pattern’s shifts in the site’s zone, never twice', async () => {
    const ctx = await setup();
    const made = await generateShifts(ctx, { patternId: 'p3', dates: ['2026-11-28', '2026-11-29'] });
    // 28 Nov has its day and evening shifts already: only its night shift and the 29th's three are new.
    expect(made.map((s) => [s.date, s.name])).toEqual([
      ['2026-11-28', '夜班'],
      ['2026-11-29', '夜班'],
      ['2026-11-29', '白班'],
      ['2026-11-29', '晚班'],
    ]);
    expect(made[1]).toMatchObject({
      startsAt: Date.UTC(2026, 10, 28, 16, 0),
      endsAt: Date.UTC(2026, 10, 29, 0, 0),
      leaderId: null,
    });
    expect(await generateShifts(ctx, { patternId: 'p3', dates: ['2026-11-29'] })).toEqual([]);
    expect(await ctx.db.shifts.count()).toBe(6);
  });

  it('remove a shift with its assignments only while nobody has checked in on it', async () => {
    const ctx = await setup();
    await expect(removeShift(ctx, { shiftId: 'd28' })).rejects.toBeInstanceOf(ShiftWorkedError);
    await assignPerson(ctx, { shiftId: 'e28', postId: 'side', personId: 'li' });
    await removeShift(ctx, { shiftId: 'e28' });
    expect(await ctx.db.shifts.get('e28')).toBeUndefined();
    expect(await ctx.db.assignments.where('shiftId').equals('e28').count()).toBe(0);
  });

  it('copy a day’s plan onto the next days, making their shifts, leaving out who is stood down since', async () => {
    const ctx = await setup();
    await ctx.db.assignments.add(assignment('a3', 'e28', 'side', 'wang'));
    const done = await copyDay(ctx, { siteId: 's1', from: '2026-11-28', to: ['2026-11-29', '2026-11-30'] });
    expect(done).toEqual({ assignments: 4, leaders: 2, shifts: 6 });
    const day29 = (await ctx.db.shifts.where('siteId').equals('s1').toArray()).filter((s) => s.date === '2026-11-29');
    expect(day29.map((s) => s.name).sort()).toEqual(['夜班', '晚班', '白班'].sort());
    const white29 = day29.find((s) => s.name === '白班');
    expect(white29?.leaderId).toBe('zhang');
    const there = await ctx.db.assignments
      .where('shiftId')
      .equals(white29?.id ?? '')
      .toArray();
    expect(there.map((a) => [a.postId, a.personId, a.checkedInAt]).sort()).toEqual([
      ['main', 'li', null],
      ['main', 'zhang', null],
    ]);
    // Copying again adds nobody twice.
    expect(await copyDay(ctx, { siteId: 's1', from: '2026-11-28', to: ['2026-11-29'] })).toEqual({
      assignments: 0,
      leaders: 0,
      shifts: 0,
    });
  });
});
