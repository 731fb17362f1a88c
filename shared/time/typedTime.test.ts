import { describe, expect, it } from 'vitest';
import { typedInstant, typedTimeNear } from './typedTime';

const SH = 'Asia/Shanghai';
const at = (d: number, h: number, m: number) => Date.UTC(2021, 10, d, h - 8, m); // Shanghai wall time

describe('a time typed near now', () => {
  it('is today’s when today’s is nearest', () => {
    expect(typedTimeNear('10:05', at(27, 10, 20), SH)).toBe(at(27, 10, 5));
    expect(typedTimeNear('9:5', at(27, 10, 20), SH)).toBeNull();
    expect(typedTimeNear('09:50', at(27, 10, 20), SH)).toBe(at(27, 9, 50));
  });

  it('is yesterday’s just after midnight, tomorrow’s just before', () => {
    expect(typedTimeNear('23:55', at(28, 0, 5), SH)).toBe(at(27, 23, 55));
    expect(typedTimeNear('00:10', at(27, 23, 50), SH)).toBe(at(28, 0, 10));
  });

  it('takes a full-width colon, and refuses what is no time of day', () => {
    expect(typedTimeNear('10：05', at(27, 10, 20), SH)).toBe(at(27, 10, 5));
    for (const bad of ['24:00', '10:60', '1005', '', 'now']) expect(typedTimeNear(bad, at(27, 10, 20), SH)).toBeNull();
  });
});

describe('a time typed for something already told', () => {
  it('reads HH:MM as the nearest such time, as typedTimeNear', () => {
    expect(typedInstant('03:15', at(27, 10, 0), SH)).toBe(at(27, 3, 15));
    expect(typedInstant('23:55', at(28, 0, 5), SH)).toBe(at(27, 23, 55));
  });

  it('reads a date and a time on the site clock', () => {
    expect(typedInstant('2021-11-25 22:40', at(27, 10, 0), SH)).toBe(at(25, 22, 40));
    expect(typedInstant('2021-11-25T22:40', at(27, 10, 0), SH)).toBe(at(25, 22, 40));
  });

  it('refuses what is no time, and days that do not exist', () => {
    for (const bad of ['', 'yesterday', '1015', '24:00', '2021-13-01 10:00', '2021-02-30 10:00', '2021-11-25 10:60'])
      expect(typedInstant(bad, at(27, 10, 0), SH)).toBeNull();
  });
});
