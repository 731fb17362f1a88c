import { describe, expect, it } from 'vitest';
import { defaultPatrolRules } from '../domain';
import { roundsBetween } from '../rules/patrolRounds';
import { pickCurrentShift } from '../rules/staffing';
import { generateSheetSite, sheetSiteCounts } from './generateSheetSite';

const now = Date.parse('2026-11-28T10:12:00+08:00');

describe('generateSheetSite', () => {
  const data = generateSheetSite({ now, language: 'zh-CN' });
  const shift = pickCurrentShift(data.shifts, now);

  it('puts 200 people on the current shift’s posts, 40 on the first', () => {
    expect(shift).not.toBeNull();
    const onShift = data.assignments.filter((a) => a.shiftId === shift?.id);
    expect(onShift).toHaveLength(sheetSiteCounts.people);
    const first = [...data.posts].sort((a, b) => a.order - b.order)[0];
    expect(onShift.filter((a) => a.postId === first?.id)).toHaveLength(40);
    const people = new Map(data.people.map((p) => [p.id, p]));
    expect(onShift.every((a) => people.has(a.personId))).toBe(true);
    expect(new Set(data.people.map((p) => p.name)).size).toBe(data.people.length);
  });

  it('plans 30 rounds in the shift', () => {
    const rounds = roundsBetween({
      routes: data.patrolRoutes,
      patrols: data.patrols,
      visits: data.checkpointVisits,
      from: shift?.startsAt ?? 0,
      to: shift?.endsAt ?? 0,
      now,
      rules: defaultPatrolRules,
      timeZone: 'Asia/Shanghai',
    });
    expect(rounds).toHaveLength(sheetSiteCounts.rounds);
  });

  it('is the same for the same options', () => {
    expect(generateSheetSite({ now, language: 'zh-CN' }).people.map((p) => p.name)).toEqual(
      data.people.map((p) => p.name),
    );
  });
});
