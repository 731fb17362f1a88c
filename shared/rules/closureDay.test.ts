import { describe, expect, it } from 'vitest';
import type { Site } from '../domain';
import { zonedInstant } from '../time/zoned';
import { closureDay } from './closureDay';

const site = (closureStartedAt: number | null): Site => ({
  id: 's',
  name: '香樟苑',
  town: '三林镇',
  timeZone: 'Asia/Shanghai',
  residents: 2600,
  closureStartedAt,
  plan: { kind: 'grid', width: 100, height: 100, metresPerUnit: 1 },
  shiftRules: { minRestMinutes: 480, maxMinutesPer24h: 720, lateGraceMinutes: 15 },
  patrolRules: { startGraceMinutes: 10, overrunGraceMinutes: 10 },
  createdAt: 0,
});

describe('closureDay', () => {
  const start = zonedInstant('2021-11-27', 90, 'Asia/Shanghai');
  it('counts local calendar days from the day the closure began', () => {
    expect(closureDay(site(start), start)).toBe(1);
    expect(closureDay(site(start), zonedInstant('2021-11-27', 23 * 60 + 59, 'Asia/Shanghai'))).toBe(1);
    expect(closureDay(site(start), zonedInstant('2021-11-28', 0, 'Asia/Shanghai'))).toBe(2);
  });
  it('has no day before the closure or without one', () => {
    expect(closureDay(site(start), start - 1)).toBeNull();
    expect(closureDay(site(null), start)).toBeNull();
  });
});
