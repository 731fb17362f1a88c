import { describe, expect, it } from 'vitest';
import type { Assignment, Shift, ShiftPattern } from '../domain';
import { copyPlan, datesFrom, planShifts, type PlannedShift } from './shiftPlanning';

const SH = 'Asia/Shanghai';

const pattern = (slots: Array<[string, number, number]>): ShiftPattern => ({
  id: 'pat',
  siteId: 's',
  name: 'pattern',
  slots: slots.map(([name, startMinute, durationMinutes]) => ({ name, startMinute, durationMinutes })),
});
const threeByEight = pattern([
  ['夜班', 0, 480],
  ['早班', 480, 480],
  ['中班', 960, 480],
]);
/** A planned shift as a line: name, local date, start and end in UTC. */
const line = (s: PlannedShift): string =>
  `${s.slotIndex} ${s.name} ${s.date} ${new Date(s.startsAt).toISOString()} ${new Date(s.endsAt).toISOString()}`;

describe('datesFrom', () => {
  it('counts days across the end of a year', () => {
    expect(datesFrom('2021-12-30', 4)).toEqual(['2021-12-30', '2021-12-31', '2022-01-01', '2022-01-02']);
    expect(datesFrom('2021-12-30', 1)).toEqual(['2021-12-30']);
    expect(datesFrom('2021-12-30', 0)).toEqual([]);
  });
});

describe('planShifts', () => {
  it('makes three 8 h shifts a day, the last ending at midnight', () => {
    const planned = planShifts(threeByEight, ['2021-11-27', '2021-11-28'], SH, []);
    expect(planned.map(line)).toEqual([
      '0 夜班 2021-11-27 2021-11-26T16:00:00.000Z 2021-11-27T00:00:00.000Z',
      '1 早班 2021-11-27 2021-11-27T00:00:00.000Z 2021-11-27T08:00:00.000Z',
      '2 中班 2021-11-27 2021-11-27T08:00:00.000Z 2021-11-27T16:00:00.000Z',
      '0 夜班 2021-11-28 2021-11-27T16:00:00.000Z 2021-11-28T00:00:00.000Z',
      '1 早班 2021-11-28 2021-11-28T00:00:00.000Z 2021-11-28T08:00:00.000Z',
      '2 中班 2021-11-28 2021-11-28T08:00:00.000Z 2021-11-28T16:00:00.000Z',
    ]);
    expect(planned[0]).toEqual({
      patternId: 'pat',
      slotIndex: 0,
      name: '夜班',
      date: '2021-11-27',
      startsAt: Date.UTC(2021, 10, 26, 16),
      endsAt: Date.UTC(2021, 10, 27, 0),
      leaderId: null,
    });
  });

  it('makes two 12 h shifts a day, the night one ending the next morning on its start date', () => {
    const twelve = pattern([
      ['白班', 480, 720],
      ['夜班', 1200, 720],
    ]);
    expect(planShifts(twelve, ['2021-11-27'], SH, []).map(line)).toEqual([
      '0 白班 2021-11-27 2021-11-27T00:00:00.000Z 2021-11-27T12:00:00.000Z',
      '1 夜班 2021-11-27 2021-11-27T12:00:00.000Z 2021-11-28T00:00:00.000Z',
    ]);
  });

  it('ends a 22:00 slot of 10 h at 08:00 the next day in Shanghai, dated the start day', () => {
    const night = pattern([['夜班', 1320, 600]]);
    expect(planShifts(night, ['2021-11-27'], SH, []).map(line)).toEqual([
      '0 夜班 2021-11-27 2021-11-27T14:00:00.000Z 2021-11-28T00:00:00.000Z',
    ]);
  });

  it('gives a 0–24 slot the real length of the days the clocks change in Berlin', () => {
    const whole = pattern([['全天', 0, 1440]]);
    const planned = planShifts(whole, ['2021-03-28', '2021-10-31'], 'Europe/Berlin', []);
    expect(planned.map(line)).toEqual([
      '0 全天 2021-03-28 2021-03-27T23:00:00.000Z 2021-03-28T22:00:00.000Z',
      '0 全天 2021-10-31 2021-10-30T22:00:00.000Z 2021-10-31T23:00:00.000Z',
    ]);
    expect(planned.map((s) => (s.endsAt - s.startsAt) / 3_600_000)).toEqual([23, 25]);
  });

  it('puts the shifts in time order whatever the order of the slots', () => {
    const shuffled = pattern([
      ['中班', 960, 480],
      ['夜班', 0, 480],
      ['早班', 480, 480],
    ]);
    expect(planShifts(shuffled, ['2021-11-28', '2021-11-27'], SH, []).map((s) => `${s.date} ${s.name}`)).toEqual([
      '2021-11-27 夜班',
      '2021-11-27 早班',
      '2021-11-27 中班',
      '2021-11-28 夜班',
      '2021-11-28 早班',
      '2021-11-28 中班',
    ]);
  });

  it('skips what already exists, so generating twice makes nothing new', () => {
    const first = planShifts(threeByEight, ['2021-11-27'], SH, []);
    const stored: Shift[] = first.map((s, i) => ({ ...s, id: `sh${i}`, siteId: 's' }));
    expect(planShifts(threeByEight, ['2021-11-27'], SH, stored)).toEqual([]);
    expect(planShifts(threeByEight, ['2021-11-27', '2021-11-28'], SH, stored.slice(1)).map(line)).toEqual([
      '0 夜班 2021-11-27 2021-11-26T16:00:00.000Z 2021-11-27T00:00:00.000Z',
      '0 夜班 2021-11-28 2021-11-27T16:00:00.000Z 2021-11-28T00:00:00.000Z',
      '1 早班 2021-11-28 2021-11-28T00:00:00.000Z 2021-11-28T08:00:00.000Z',
      '2 中班 2021-11-28 2021-11-28T08:00:00.000Z 2021-11-28T16:00:00.000Z',
    ]);
    expect(planShifts(threeByEight, ['2021-11-27', '2021-11-27'], SH, [])).toHaveLength(3);
  });

  it('keeps a shift with the same start but another end', () => {
    const existing: Shift = {
      id: 'x',
      siteId: 's',
      patternId: 'other',
      slotIndex: 0,
      name: '长班',
      date: '2021-11-27',
      startsAt: Date.UTC(2021, 10, 27, 0),
      endsAt: Date.UTC(2021, 10, 27, 4),
      leaderId: null,
    };
    expect(planShifts(pattern([['早班', 480, 480]]), ['2021-11-27'], SH, [existing]).map(line)).toEqual([
      '0 早班 2021-11-27 2021-11-27T00:00:00.000Z 2021-11-27T08:00:00.000Z',
    ]);
  });
});

describe('copyPlan', () => {
  const at = (date: string, hour: number): number => Date.parse(`${date}T${String(hour).padStart(2, '0')}:00:00+08:00`);
  const shift = (id: string, name: string, date: string, hour: number, leaderId: string | null = null): Shift => ({
    id,
    siteId: 's',
    patternId: 'pat',
    slotIndex: 0,
    name,
    date,
    startsAt: at(date, hour),
    endsAt: at(date, hour) + 8 * 3_600_000,
    leaderId,
  });
  const assign = (id: string, shiftId: string, postId: string, personId: string, replacesId: string | null = null) =>
    ({
      id,
      siteId: 's',
      shiftId,
      postId,
      personId,
      checkedInAt: at('2021-11-27', 8),
      checkedOutAt: null,
      replacesId,
    }) satisfies Assignment;
  const D1 = '2021-11-27';
  const D2 = '2021-11-28';

  it('copies people and leader to the shift with the same name and local start', () => {
    const source = {
      shifts: [shift('e1', '早班', D1, 8, 'lead1'), shift('m1', '中班', D1, 16, 'lead2')],
      assignments: [
        assign('a1', 'e1', 'gate', 'ann'),
        assign('a2', 'e1', 'side', 'bo'),
        assign('a3', 'm1', 'gate', 'cy'),
      ],
    };
    const target = {
      shifts: [
        shift('m2', '中班', D2, 16),
        shift('e2', '早班', D2, 8),
        shift('odd', '早班', D2, 9),
        shift('renamed', '白班', D2, 8),
      ],
      assignments: [],
    };
    expect(copyPlan(source, target, 'Asia/Shanghai')).toEqual({
      assignments: [
        { shiftId: 'm2', postId: 'gate', personId: 'cy' },
        { shiftId: 'e2', postId: 'gate', personId: 'ann' },
        { shiftId: 'e2', postId: 'side', personId: 'bo' },
      ],
      leaders: [
        { shiftId: 'm2', leaderId: 'lead2' },
        { shiftId: 'e2', leaderId: 'lead1' },
      ],
    });
  });

  it('matches the local start across the day the clocks change', () => {
    // 08:00 in Berlin is 07:00 UTC on 2021-03-27 and 06:00 UTC on 2021-03-28.
    const berlin = (id: string, date: string, utcHour: number, leaderId: string | null): Shift => ({
      ...shift(id, '早班', date, 8, leaderId),
      startsAt: Date.parse(`${date}T0${utcHour}:00:00Z`),
      endsAt: Date.parse(`${date}T0${utcHour}:00:00Z`) + 8 * 3_600_000,
    });
    const source = { shifts: [berlin('e1', '2021-03-27', 7, 'lead1')], assignments: [] };
    const target = { shifts: [berlin('e2', '2021-03-28', 6, null)], assignments: [] };
    expect(copyPlan(source, target, 'Europe/Berlin').leaders).toEqual([{ shiftId: 'e2', leaderId: 'lead1' }]);
    expect(copyPlan(source, target, 'UTC').leaders).toEqual([]);
  });

  it('skips what the target has, duplicates, swaps and leaders already named', () => {
    const source = {
      shifts: [shift('e1', '早班', D1, 8, 'lead1'), shift('n1', '夜班', D1, 0)],
      assignments: [
        assign('a1', 'e1', 'gate', 'ann'),
        assign('a2', 'e1', 'gate', 'ann'),
        assign('a3', 'e1', 'gate', 'bo'),
        assign('a4', 'e1', 'side', 'cy'),
        assign('a5', 'e1', 'side', 'dee', 'a4'),
        assign('a6', 'n1', 'gate', 'eve'),
      ],
    };
    const target = {
      shifts: [shift('e2', '早班', D2, 8, 'lead9'), shift('n2', '夜班', D2, 0)],
      assignments: [assign('t1', 'e2', 'gate', 'ann'), assign('t2', 'e2', 'side', 'bo')],
    };
    expect(copyPlan(source, target, 'Asia/Shanghai')).toEqual({
      assignments: [
        { shiftId: 'e2', postId: 'gate', personId: 'bo' },
        { shiftId: 'e2', postId: 'side', personId: 'cy' },
        { shiftId: 'n2', postId: 'gate', personId: 'eve' },
      ],
      leaders: [],
    });
  });

  it('takes the first of several source shifts in the same slot', () => {
    const source = {
      shifts: [shift('e0', '早班', '2021-11-26', 8, 'lead0'), shift('e1', '早班', D1, 8, 'lead1')],
      assignments: [assign('a0', 'e0', 'gate', 'ann'), assign('a1', 'e1', 'gate', 'bo')],
    };
    const target = { shifts: [shift('e2', '早班', D2, 8)], assignments: [] };
    expect(copyPlan(source, target, 'Asia/Shanghai')).toEqual({
      assignments: [{ shiftId: 'e2', postId: 'gate', personId: 'ann' }],
      leaders: [{ shiftId: 'e2', leaderId: 'lead0' }],
    });
  });
});
