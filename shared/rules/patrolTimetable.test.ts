import { describe, expect, it } from 'vitest';
import { localTime, zonedInstant } from '../time/zoned';
import { dailyMinutes, minutesOfTime, nextDueAfter, roundsDue } from './patrolTimetable';

const SH = 'Asia/Shanghai';
const at = (date: string, time: string, zone = SH) => zonedInstant(date, minutesOfTime(time), zone);
const times = (list: number[], zone = SH) => list.map((ms) => localTime(ms, zone));
const hourly = { intervalMinutes: 60, fixedTimes: [], startsAt: 0 };

describe('the daily times of a route', () => {
  it('counts an interval from midnight, so a 90-minute route ends its day at 22:30', () => {
    const m = dailyMinutes({ intervalMinutes: 90, fixedTimes: [] });
    expect(m.length).toBe(16);
    expect(m[0]).toBe(0);
    expect(m[1]).toBe(90);
    expect(m.at(-1)).toBe(22 * 60 + 30);
  });

  it('uses fixed times instead, sorted and each once', () => {
    expect(dailyMinutes({ intervalMinutes: 60, fixedTimes: ['22:00', '08:00', '14:30', '08:00'] })).toEqual([
      480, 870, 1320,
    ]);
  });
});

describe('rounds due in a period', () => {
  it('are on the hour for an hourly route, the end of the period left out', () => {
    const due = roundsDue(hourly, at('2021-11-27', '09:30'), at('2021-11-27', '12:00'), SH);
    expect(times(due)).toEqual(['10:00', '11:00']);
  });

  it('include a round due exactly at the start of the period', () => {
    const due = roundsDue(hourly, at('2021-11-27', '10:00'), at('2021-11-27', '11:00'), SH);
    expect(times(due)).toEqual(['10:00']);
  });

  it('run across midnight into the next day on the site clock', () => {
    const route = { intervalMinutes: 90, fixedTimes: [], startsAt: 0 };
    const due = roundsDue(route, at('2021-11-27', '21:00'), at('2021-11-28', '02:00'), SH);
    expect(times(due)).toEqual(['21:00', '22:30', '00:00', '01:30']);
    expect(due[2]).toBe(at('2021-11-28', '00:00'));
  });

  it('are none before the route starts', () => {
    const route = { ...hourly, startsAt: at('2021-11-27', '10:20') };
    const due = roundsDue(route, at('2021-11-27', '09:00'), at('2021-11-27', '12:30'), SH);
    expect(times(due)).toEqual(['11:00', '12:00']);
  });

  it('follow the site clock, not the laptop: 08:00 in Shanghai is 00:00 UTC, 08:00 in London is 08:00 UTC', () => {
    const route = { intervalMinutes: 60, fixedTimes: ['08:00'], startsAt: 0 };
    const from = Date.UTC(2021, 10, 27, 0, 0);
    const to = Date.UTC(2021, 10, 28, 0, 0);
    expect(roundsDue(route, from, to, SH)).toEqual([Date.UTC(2021, 10, 27, 0, 0)]);
    expect(roundsDue(route, from, to, 'Europe/London')).toEqual([Date.UTC(2021, 10, 27, 8, 0)]);
  });

  it('keep local times on the day the site clock changes (New York, 7 November 2021)', () => {
    const zone = 'America/New_York';
    const route = { intervalMinutes: 60, fixedTimes: ['00:00', '06:00', '12:00'], startsAt: 0 };
    const due = roundsDue(route, at('2021-11-07', '00:00', zone), at('2021-11-08', '00:00', zone), zone);
    expect(times(due, zone)).toEqual(['00:00', '06:00', '12:00']);
    // The night is an hour longer: seven hours of real time between midnight and 06:00.
    expect(((due[1] ?? 0) - (due[0] ?? 0)) / 3600_000).toBe(7);
  });

  it('are none for an empty or reversed period', () => {
    expect(roundsDue(hourly, at('2021-11-27', '10:00'), at('2021-11-27', '10:00'), SH)).toEqual([]);
    expect(roundsDue(hourly, at('2021-11-27', '11:00'), at('2021-11-27', '10:00'), SH)).toEqual([]);
  });
});

describe('the next round', () => {
  it('is the next fixed time, tomorrow after the last one of the day', () => {
    const route = { intervalMinutes: 60, fixedTimes: ['08:00', '20:00'], startsAt: 0 };
    expect(nextDueAfter(route, at('2021-11-27', '08:00'), SH)).toBe(at('2021-11-27', '20:00'));
    expect(nextDueAfter(route, at('2021-11-27', '20:00'), SH)).toBe(at('2021-11-28', '08:00'));
  });
});
