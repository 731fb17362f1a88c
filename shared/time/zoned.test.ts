import { describe, expect, it } from 'vitest';
import { addDays, localDate, localStamp, localTime, zonedInstant, zoneOffsetMs } from './zoned';

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
});
