import { describe, expect, it } from 'vitest';
import { countByState, progressRange, stateAt, upgradeProgress, type ProgressItem } from './upgradeProgress';

const SH = 'Asia/Shanghai';
/** A local Shanghai time as an instant (UTC+8, no DST). */
const sh = (iso: string) => Date.parse(`${iso}+08:00`);

const item = (over: Partial<ProgressItem>): ProgressItem => ({
  state: 'planned',
  plannedStart: null,
  plannedEnd: null,
  actualStart: null,
  actualEnd: null,
  checkedAt: null,
  updatedAt: sh('2022-04-10T12:00'),
  ...over,
});

// Taped on day one, checked on day three; netting started day two, still under way.
const tape = item({
  state: 'checked',
  plannedStart: sh('2022-04-01T01:30'),
  plannedEnd: sh('2022-04-01T03:00'),
  actualStart: sh('2022-04-01T01:45'),
  actualEnd: sh('2022-04-01T02:20'),
  checkedAt: sh('2022-04-03T09:00'),
  updatedAt: sh('2022-04-03T09:00'),
});
const netting = item({
  state: 'under-way',
  plannedStart: sh('2022-04-01T16:00'),
  actualStart: sh('2022-04-02T16:00'),
  updatedAt: sh('2022-04-02T16:00'),
});
// Planned for later, written on day two: it counts from the day it was entered.
const camera = item({
  plannedStart: sh('2022-04-05T09:00'),
  plannedEnd: sh('2022-04-05T17:00'),
  updatedAt: sh('2022-04-02T10:00'),
});

describe('upgradeProgress', () => {
  it('counts items by the state their dates give at the end of each local day', () => {
    const days = upgradeProgress([tape, netting, camera], '2022-03-31', '2022-04-03', SH);
    expect(days.map((d) => [d.date, d.planned, d['under-way'], d.done, d.checked, d.total])).toEqual([
      ['2022-03-31', 0, 0, 0, 0, 0],
      ['2022-04-01', 1, 0, 1, 0, 2],
      ['2022-04-02', 1, 1, 1, 0, 3],
      ['2022-04-03', 1, 1, 0, 1, 3],
    ]);
  });

  it('the last day agrees with the stored states', () => {
    const items = [tape, netting, camera];
    const last = upgradeProgress(items, '2022-04-10', '2022-04-10', SH)[0];
    expect(last).toMatchObject(countByState(items));
  });

  it('cuts days at the site’s midnight, not UTC’s', () => {
    // 01:00 on 2 April in Shanghai is still 1 April in UTC (17:00).
    const started = item({
      state: 'under-way',
      plannedStart: sh('2022-04-01T09:00'),
      actualStart: sh('2022-04-02T01:00'),
      updatedAt: sh('2022-04-02T01:00'),
    });
    expect(new Date(sh('2022-04-02T01:00')).toISOString().slice(0, 10)).toBe('2022-04-01');
    const days = upgradeProgress([started], '2022-04-01', '2022-04-02', SH);
    expect(days[0]).toMatchObject({ date: '2022-04-01', planned: 1, 'under-way': 0 });
    expect(days[1]).toMatchObject({ date: '2022-04-02', planned: 0, 'under-way': 1 });
    // Finished at 07:00 on 2 April in Shanghai: the same instant is still 1 April in UTC.
    const early = item({
      state: 'done',
      plannedStart: sh('2022-04-01T08:00'),
      actualStart: sh('2022-04-01T09:00'),
      actualEnd: sh('2022-04-02T07:00'),
      updatedAt: sh('2022-04-02T07:00'),
    });
    expect(upgradeProgress([early], '2022-04-01', '2022-04-01', SH)[0]).toMatchObject({ 'under-way': 1, done: 0 });
    expect(upgradeProgress([early], '2022-04-01', '2022-04-01', 'UTC')[0]).toMatchObject({ 'under-way': 0, done: 1 });
  });

  it('counts an item with no dates in its current state on every day', () => {
    const bare = item({ state: 'done', updatedAt: sh('2022-04-09T10:00') });
    const days = upgradeProgress([bare], '2022-04-01', '2022-04-03', SH);
    expect(days.every((d) => d.done === 1 && d.total === 1)).toBe(true);
  });

  it('ignores dates beyond the current state and fills a missing date from the last write', () => {
    // Moved back from done to under way, but an old end date was left behind.
    const back = item({
      state: 'under-way',
      plannedStart: sh('2022-04-01T08:00'),
      actualStart: sh('2022-04-01T09:00'),
      actualEnd: sh('2022-04-01T10:00'),
      updatedAt: sh('2022-04-03T10:00'),
    });
    expect(stateAt(back, sh('2022-04-02T00:00'))).toBe('under-way');
    // Done with no actual dates: planned until it was written as done.
    const undated = item({ state: 'done', plannedStart: sh('2022-04-01T08:00'), updatedAt: sh('2022-04-02T10:00') });
    expect(stateAt(undated, sh('2022-04-01T23:00'))).toBe('planned');
    expect(stateAt(undated, sh('2022-04-02T10:00'))).toBe('done');
    expect(stateAt(undated, sh('2022-03-31T23:00'))).toBeNull();
  });
});

describe('progressRange', () => {
  it('runs from the closure (or an earlier item) to today, in the site’s dates', () => {
    const now = sh('2022-04-03T00:30');
    expect(progressRange([netting], sh('2022-04-01T01:30'), now, SH)).toEqual({ from: '2022-04-01', to: '2022-04-03' });
    const early = item({ plannedStart: sh('2022-03-29T22:00'), updatedAt: sh('2022-03-29T22:00') });
    expect(progressRange([early], sh('2022-04-01T01:30'), now, SH)).toEqual({ from: '2022-03-29', to: '2022-04-03' });
    expect(progressRange([], null, now, SH)).toEqual({ from: '2022-04-03', to: '2022-04-03' });
  });

  it('starts from the day an item was entered when that is before its plan date', () => {
    const now = sh('2022-04-03T12:00');
    // Entered on 28 March for work planned from 2 April; another planned for next week.
    const ahead = item({ plannedStart: sh('2022-04-02T08:00'), updatedAt: sh('2022-03-28T21:15') });
    const nextWeek = item({ plannedStart: sh('2022-04-10T08:00'), updatedAt: sh('2022-03-30T09:00') });
    expect(progressRange([ahead], sh('2022-04-01T01:30'), now, SH)).toEqual({ from: '2022-03-28', to: '2022-04-03' });
    expect(progressRange([nextWeek], null, now, SH)).toEqual({ from: '2022-03-30', to: '2022-04-03' });
    expect(stateAt(ahead, sh('2022-03-28T21:00'))).toBeNull();
    expect(stateAt(ahead, sh('2022-03-29T12:00'))).toBe('planned');
    expect(upgradeProgress([ahead], '2022-03-27', '2022-03-29', SH).map((d) => d.total)).toEqual([0, 1, 1]);
  });

  it('leaves out items known only from the future, and a closure that has not started', () => {
    const now = sh('2022-04-03T12:00');
    const future = item({ plannedStart: sh('2022-04-09T08:00'), updatedAt: sh('2022-04-09T08:00') });
    expect(progressRange([future], sh('2022-04-05T00:00'), now, SH)).toEqual({ from: '2022-04-03', to: '2022-04-03' });
    expect(progressRange([item({ updatedAt: sh('2022-03-01T08:00') })], null, now, SH)).toEqual({
      from: '2022-04-03',
      to: '2022-04-03',
    });
  });

  it('keeps the most recent days when the period is very long', () => {
    const old = item({ plannedStart: sh('2019-01-01T08:00'), updatedAt: sh('2019-01-01T08:00') });
    const r = progressRange([old], null, sh('2022-04-03T12:00'), SH);
    expect(r.to).toBe('2022-04-03');
    expect(upgradeProgress([old], r.from, r.to, SH)).toHaveLength(400);
  });
});

describe('stateAt, at the instant of each date', () => {
  // Written on 10 April, after all its dates.
  const gate = item({
    state: 'checked',
    plannedStart: sh('2022-04-01T08:00'),
    actualStart: sh('2022-04-02T08:00'),
    actualEnd: sh('2022-04-03T08:00'),
    checkedAt: sh('2022-04-04T08:00'),
  });

  it.each([
    ['2022-04-01T07:59:59.999', null],
    ['2022-04-01T08:00', 'planned'],
    ['2022-04-02T07:59:59.999', 'planned'],
    ['2022-04-02T08:00', 'under-way'],
    ['2022-04-03T08:00', 'done'],
    ['2022-04-04T07:59:59.999', 'done'],
    ['2022-04-04T08:00', 'checked'],
  ])('at %s is %s', (local, state) => {
    expect(stateAt(gate, sh(local))).toBe(state);
  });
});

describe('upgradeProgress, at the end of a day', () => {
  it('counts an item from the day of its first date, up to the last millisecond before the next midnight', () => {
    const lastMoment = item({ plannedStart: sh('2022-04-01T23:59:59.999') });
    const midnight = item({ plannedStart: sh('2022-04-02T00:00') });
    expect(upgradeProgress([lastMoment], '2022-04-01', '2022-04-02', SH).map((d) => d.planned)).toEqual([1, 1]);
    expect(upgradeProgress([midnight], '2022-04-01', '2022-04-02', SH).map((d) => d.planned)).toEqual([0, 1]);
  });
});

describe('progressRange, with items carrying no date', () => {
  it('starts today when no item has a date and there is no closure', () => {
    const now = sh('2022-04-03T12:00');
    expect(progressRange([item({}), item({ state: 'done' })], null, now, SH)).toEqual({
      from: '2022-04-03',
      to: '2022-04-03',
    });
    expect(progressRange([item({})], sh('2022-04-01T01:30'), now, SH)).toEqual({
      from: '2022-04-01',
      to: '2022-04-03',
    });
  });

  it('starts at most 399 days before today', () => {
    const now = sh('2022-04-03T12:00');
    // 2021-02-28 is 399 days back (400 days with today); 2021-03-01, 398 back, is kept.
    const near = item({ plannedStart: sh('2021-03-01T08:00'), updatedAt: sh('2021-03-01T08:00') });
    expect(progressRange([near], null, now, SH)).toEqual({ from: '2021-03-01', to: '2022-04-03' });
    const far = item({ plannedStart: sh('2021-02-25T08:00'), updatedAt: sh('2021-02-25T08:00') });
    expect(progressRange([far], null, now, SH)).toEqual({ from: '2021-02-28', to: '2022-04-03' });
  });
});
