import { describe, expect, it } from 'vitest';
import { makeTestDb } from '../../../db/testing/makeTestDb';
import { tableRows, testContext } from '../../../db/testing/commandTesting';
import { ValidationError } from '../../../db/errors';
import { handoverCommands } from './commands';
import { shiftNotes } from './queries';

const { addHandoverNote, setHandoverNoteDone } = handoverCommands;
const T0 = Date.UTC(2026, 10, 28, 7, 50);
const shift = (id: string, startsAt: number) => ({
  id,
  siteId: 's1',
  patternId: 'p',
  slotIndex: 0,
  name: id,
  date: '2026-11-28',
  startsAt,
  endsAt: startsAt + 8 * 3_600_000,
  leaderId: null,
});

async function setup() {
  const db = makeTestDb();
  await db.open();
  await db.shifts.bulkAdd([shift('night', T0 - 16 * 3_600_000), shift('day', T0 - 8 * 3_600_000), shift('eve', T0)]);
  return testContext(db, T0);
}

describe('handover notes', () => {
  it('are written on a shift by the operator on duty, or for whoever is named', async () => {
    const ctx = await setup();
    const mine = await addHandoverNote(ctx, { shiftId: 'day', text: ' 门洞2护栏松动，已加固 ' });
    expect(mine).toMatchObject({ shiftId: 'day', text: '门洞2护栏松动，已加固', author: '陈静', at: T0, doneAt: null });
    const theirs = await addHandoverNote(ctx, { shiftId: 'day', text: '17:00 送药', author: '  吕琳 ' });
    expect(theirs.author).toBe('吕琳');
    expect(await ctx.db.audit.where('[table+entityId]').equals(['handoverNotes', mine.id]).count()).toBe(1);
  });

  it('refuse an empty note, writing nothing', async () => {
    const ctx = await setup();
    const before = await tableRows(ctx.db, ['handoverNotes', 'audit']);
    await expect(addHandoverNote(ctx, { shiftId: 'day', text: '  \u200b ' })).rejects.toBeInstanceOf(ValidationError);
    expect(await tableRows(ctx.db, ['handoverNotes', 'audit'])).toEqual(before);
  });

  it('are marked done with who and when, and opened again', async () => {
    const ctx = await setup();
    const note = await addHandoverNote(ctx, { shiftId: 'day', text: '侧门锁需更换' });
    ctx.tick(60_000);
    expect(await setHandoverNoteDone(ctx, { noteId: note.id, done: true })).toMatchObject({
      doneAt: T0 + 60_000,
      doneBy: '陈静',
      text: '侧门锁需更换',
    });
    ctx.tick(60_000);
    // Marking done again keeps the first time.
    expect((await setHandoverNoteDone(ctx, { noteId: note.id, done: true })).doneAt).toBe(T0 + 60_000);
    expect(await setHandoverNoteDone(ctx, { noteId: note.id, done: false })).toMatchObject({
      doneAt: null,
      doneBy: '',
    });
  });

  it('of the shift before come with a shift’s own, each in time order', async () => {
    const ctx = await setup();
    const first = await addHandoverNote(ctx, { shiftId: 'day', text: '一' });
    ctx.tick(1000);
    const second = await addHandoverNote(ctx, { shiftId: 'day', text: '二' });
    const own = await addHandoverNote(ctx, { shiftId: 'eve', text: '三' });
    await addHandoverNote(ctx, { shiftId: 'night', text: '更早' });
    const read = await shiftNotes.read(ctx.db, 'eve');
    expect(read.previous?.shift.id).toBe('day');
    expect(read.previous?.notes.map((n) => n.id)).toEqual([first.id, second.id]);
    expect(read.notes.map((n) => n.id)).toEqual([own.id]);
    expect((await shiftNotes.read(ctx.db, 'night')).previous).toBeNull();
  });
});
