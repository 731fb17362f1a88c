import { describe, expect, it } from 'vitest';
import {
  addDays,
  localDate,
  localParts,
  localStamp,
  localTime,
  minuteOfDay,
  startOfLocalDay,
  startOfNextLocalDay,
  zonedInstant,
  zoneOffsetMs,
} from './zoned';

describe('site time zone arithmetic', () => {
  it('puts Shanghai midnight at 16:00 UTC the day before', () => {
    expect(new Date(zonedInstant('2021-11-27', 0, 'Asia/Shanghai')).toISOString()).toBe('2021-11-26T16:00:00.000Z');
    expect(new Date(zonedInstant('2021-11-27', 90, 'Asia/Shanghai')).toISOString()).toBe('2021-11-26T17:30:00.000Z');
  });

  it('reads local date and time back in the zone, not the machine zone', () => {
    const ms = Date.UTC(2021, 10, 26, 17, 30);
    expect(localDate(ms, 'Asia/Shanghai')).toBe('2021-11-27');
    expect(localTime(ms, 'Asia/Shanghai')).toBe('01:30');
    expect(localStamp(ms, 'Asia/Shanghai')).toBe('2021-11-27-0130');
    expect(localDate(ms, 'UTC')).toBe('2021-11-26');
  });

  it('knows the offset, also across a DST change', () => {
    expect(zoneOffsetMs(Date.UTC(2021, 10, 26), 'Asia/Shanghai')).toBe(8 * 3600_000);
    const summer = zonedInstant('2021-07-01', 8 * 60, 'Europe/Berlin');
    expect(new Date(summer).toISOString()).toBe('2021-07-01T06:00:00.000Z');
    const winter = zonedInstant('2021-12-01', 8 * 60, 'Europe/Berlin');
    expect(new Date(winter).toISOString()).toBe('2021-12-01T07:00:00.000Z');
  });

  it('adds days across month and year ends', () => {
    expect(addDays('2021-11-30', 1)).toBe('2021-12-01');
    expect(addDays('2021-12-31', 1)).toBe('2022-01-01');
    expect(addDays('2021-03-01', -1)).toBe('2021-02-28');
  });

  it('gives midnight-crossing times their own local date and minute of the day', () => {
    const lateNight = Date.UTC(2021, 10, 27, 15, 59);
    expect(localTime(lateNight, 'Asia/Shanghai')).toBe('23:59');
    expect(minuteOfDay(lateNight, 'Asia/Shanghai')).toBe(1439);
    expect(minuteOfDay(Date.UTC(2021, 10, 26, 17, 30), 'Asia/Shanghai')).toBe(90);
    expect(minuteOfDay(Date.UTC(2021, 10, 26, 16, 0), 'Asia/Shanghai')).toBe(0);
    expect(localParts(Date.UTC(2021, 10, 26, 16, 0, 7), 'Asia/Shanghai')).toEqual({
      year: 2021,
      month: 11,
      day: 27,
      hour: 0,
      minute: 0,
      second: 7,
    });
  });

  it('refuses a date that is not YYYY-MM-DD', () => {
    expect(() => zonedInstant('2021-11-7', 0, 'Asia/Shanghai')).toThrow(RangeError);
    expect(() => addDays('27/11/2021', 1)).toThrow('not a local date: 27/11/2021');
    expect(() => addDays('x2021-11-27', 1)).toThrow(RangeError);
    expect(() => addDays('2021-11-27x', 1)).toThrow(RangeError);
  });

  it('pads years, months and days to their width', () => {
    expect(addDays('0999-01-09', 0)).toBe('0999-01-09');
    expect(localDate(Date.UTC(999, 0, 9, 12), 'UTC')).toBe('0999-01-09');
    expect(localStamp(Date.UTC(2021, 0, 2, 3, 4), 'UTC')).toBe('2021-01-02-0304');
  });
});

describe('zonedInstant on the days the clocks change', () => {
  const iso = (date: string, minute: number, zone: string) => new Date(zonedInstant(date, minute, zone)).toISOString();

  it('Europe/Berlin, spring forward on 2021-03-28 at 02:00', () => {
    expect(iso('2021-03-28', 0, 'Europe/Berlin')).toBe('2021-03-27T23:00:00.000Z');
    expect(iso('2021-03-28', 90, 'Europe/Berlin')).toBe('2021-03-28T00:30:00.000Z');
    expect(iso('2021-03-28', 180, 'Europe/Berlin')).toBe('2021-03-28T01:00:00.000Z');
    expect(iso('2021-03-28', 480, 'Europe/Berlin')).toBe('2021-03-28T06:00:00.000Z');
    expect(iso('2021-03-28', 16 * 60, 'Europe/Berlin')).toBe('2021-03-28T14:00:00.000Z');
  });

  it('Europe/Berlin, fall back on 2021-10-31 at 03:00', () => {
    expect(iso('2021-10-31', 0, 'Europe/Berlin')).toBe('2021-10-30T22:00:00.000Z');
    expect(iso('2021-10-31', 90, 'Europe/Berlin')).toBe('2021-10-30T23:30:00.000Z');
    expect(iso('2021-10-31', 180, 'Europe/Berlin')).toBe('2021-10-31T02:00:00.000Z');
    expect(iso('2021-10-31', 480, 'Europe/Berlin')).toBe('2021-10-31T07:00:00.000Z');
    // 02:30 happens twice that night; either reading is a true 02:30.
    expect(['2021-10-31T00:30:00.000Z', '2021-10-31T01:30:00.000Z']).toContain(iso('2021-10-31', 150, 'Europe/Berlin'));
    expect(localTime(zonedInstant('2021-10-31', 150, 'Europe/Berlin'), 'Europe/Berlin')).toBe('02:30');
  });

  it('America/Los_Angeles, west of UTC: 2021-03-14 and 2021-11-07', () => {
    expect(iso('2021-03-14', 90, 'America/Los_Angeles')).toBe('2021-03-14T09:30:00.000Z');
    expect(iso('2021-03-14', 210, 'America/Los_Angeles')).toBe('2021-03-14T10:30:00.000Z');
    expect(iso('2021-11-07', 0, 'America/Los_Angeles')).toBe('2021-11-07T07:00:00.000Z');
    expect(iso('2021-11-07', 480, 'America/Los_Angeles')).toBe('2021-11-07T16:00:00.000Z');
    expect(zoneOffsetMs(Date.UTC(2021, 6, 1), 'America/Los_Angeles')).toBe(-7 * 3600_000);
    expect(zoneOffsetMs(Date.UTC(2021, 11, 1), 'America/Los_Angeles')).toBe(-8 * 3600_000);
  });

  it('Asia/Shanghai, which has no clock change: the same offset all year', () => {
    expect(iso('2021-03-28', 90, 'Asia/Shanghai')).toBe('2021-03-27T17:30:00.000Z');
    expect(iso('2021-10-31', 90, 'Asia/Shanghai')).toBe('2021-10-30T17:30:00.000Z');
    expect(iso('2021-11-27', 1439, 'Asia/Shanghai')).toBe('2021-11-27T15:59:00.000Z');
    expect(zoneOffsetMs(Date.UTC(2021, 6, 1, 12, 0, 30, 500), 'Asia/Shanghai')).toBe(8 * 3600_000);
  });
});

describe('the start of a local day', () => {
  it('is local midnight in the zone, not UTC, and the next one a local day on', () => {
    const late = Date.parse('2026-11-28T23:30:00+08:00');
    expect(startOfLocalDay(late, 'Asia/Shanghai')).toBe(Date.parse('2026-11-28T00:00:00+08:00'));
    expect(startOfNextLocalDay(late, 'Asia/Shanghai')).toBe(Date.parse('2026-11-29T00:00:00+08:00'));
  });

  it('is 23 hours before the next on the day the clocks go forward', () => {
    const noon = Date.parse('2026-03-08T12:00:00-04:00');
    expect(startOfNextLocalDay(noon, 'America/New_York') - startOfLocalDay(noon, 'America/New_York')).toBe(
      23 * 3_600_000,
    );
  });
});
