import { describe, expect, it } from 'vitest';
import { zonedInstant } from '../time/zoned';
import { shiftRangeText } from './shiftTimes';

describe('shiftRangeText', () => {
  const at = (d: string, m: number) => zonedInstant(d, m, 'Asia/Shanghai');
  it('says 24:00 for a shift ending at midnight', () => {
    expect(shiftRangeText(at('2021-11-27', 16 * 60), at('2021-11-28', 0), 'Asia/Shanghai')).toEqual({
      start: '16:00',
      end: '24:00',
    });
  });
  it('keeps 00:00 as a start', () => {
    expect(shiftRangeText(at('2021-11-27', 0), at('2021-11-27', 8 * 60), 'Asia/Shanghai')).toEqual({
      start: '00:00',
      end: '08:00',
    });
  });
});
