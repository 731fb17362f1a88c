import { describe, expect, it } from 'vitest';
import { generateShiftSite } from '../../shared/demo/generateShiftSite';
import { bareShiftsData, boardCounts } from './bareShiftsData';

const week = () =>
  bareShiftsData(
    generateShiftSite({ now: Date.UTC(2021, 10, 30, 6), language: 'zh-CN', from: '2021-11-27' }),
    '2021-11-27',
  );

describe('bareShiftsData', () => {
  it('keeps the posts in board order and the shifts in time order, with the week’s first day', () => {
    const data = week();
    expect(data).toMatchObject({ timeZone: 'Asia/Shanghai', from: '2021-11-27' });
    expect(data.posts.slice(0, 2).map((p) => [p.name, p.minStaff])).toEqual([
      ['主通道岗', 3],
      ['侧门岗', 3],
    ]);
    expect(data.shifts.map((s) => s.name).slice(0, 4)).toEqual(['夜班', '早班', '中班', '夜班']);
    expect(data.shifts[0]).toMatchObject({ date: '2021-11-27', startsAt: Date.parse('2021-11-26T16:00:00Z') });
  });
});

describe('boardCounts', () => {
  it('counts 20 posts × 3 shifts a day, and the names in those cells', () => {
    const data = week();
    expect(boardCounts(data, 1)).toEqual({ cells: 60, people: 177 });
    expect(boardCounts(data, 7)).toEqual({ cells: 420, people: 1240 });
  });

  it('counts no shift after the data’s week, and no name of someone it does not know', () => {
    const data = week();
    const later = { ...data, from: '2021-12-03' };
    expect(boardCounts(later, 3).cells).toBe(60);
    const unknown = { ...data, people: data.people.filter((p) => p.id !== data.assignments[0]?.personId) };
    expect(boardCounts(unknown, 7).people).toBe(1239);
    expect(boardCounts(unknown, 7).cells).toBe(420);
  });
});
