import { describe, expect, it } from 'vitest';
import { defaultShiftRules } from '../domain/site';
import { assignmentRow, personRow, postRow, shiftRow } from '../domain/testing/rows';
import type { BoardFacts } from './shiftChecks';
import { checkShifts, shiftAvailability } from './leadership';

const H = 3_600_000;
const T0 = Date.UTC(2026, 10, 28, 16);

function facts(): BoardFacts {
  return {
    shifts: [
      shiftRow('night', T0, T0 + 8 * H, { leaderId: 'zhang' }),
      shiftRow('day', T0 + 8 * H, T0 + 16 * H, { leaderId: 'li' }),
    ],
    assignments: [assignmentRow('a1', 'day', 'gate', 'zhang')],
    posts: [postRow('gate', 0, { minStaff: 1 })],
    people: new Map([
      ['zhang', personRow('zhang', '张伟')],
      ['li', personRow('li', '李娜')],
    ]),
    rules: defaultShiftRules,
    now: T0,
  };
}

describe('leading a shift', () => {
  it('counts as working it: a leader at a post the next shift has no rest and 16 h in 24, and leading fills no post', () => {
    const problems = checkShifts(facts(), new Set(['night', 'day']));
    expect(problems).toEqual([
      {
        kind: 'unstaffed',
        shiftId: 'night',
        postId: 'gate',
        personId: null,
        otherShiftId: null,
        otherPostId: null,
        value: 0,
        limit: 1,
      },
      {
        kind: 'short-rest',
        shiftId: 'day',
        postId: 'gate',
        personId: 'zhang',
        otherShiftId: 'night',
        otherPostId: null,
        value: 0,
        limit: 480,
      },
      {
        kind: 'too-many-hours',
        shiftId: 'day',
        postId: 'gate',
        personId: 'zhang',
        otherShiftId: null,
        otherPostId: null,
        value: 960,
        limit: 720,
      },
    ]);
  });

  it('puts a leadership’s own problem on the shift’s head, post null', () => {
    const f = facts();
    const problems = checkShifts({ ...f, assignments: [assignmentRow('a1', 'night', 'gate', 'li')] }, new Set(['day']));
    expect(problems).toEqual([
      {
        kind: 'unstaffed',
        shiftId: 'day',
        postId: 'gate',
        personId: null,
        otherShiftId: null,
        otherPostId: null,
        value: 0,
        limit: 1,
      },
      {
        kind: 'short-rest',
        shiftId: 'day',
        postId: null,
        personId: 'li',
        otherShiftId: 'night',
        otherPostId: 'gate',
        value: 0,
        limit: 480,
      },
      {
        kind: 'too-many-hours',
        shiftId: 'day',
        postId: null,
        personId: 'li',
        otherShiftId: null,
        otherPostId: null,
        value: 960,
        limit: 720,
      },
    ]);
  });

  it('makes the night’s leader not free for the day shift', () => {
    const whyNot = shiftAvailability(facts());
    expect(whyNot('zhang', 'day', '')).toEqual(['double-booked', 'short-rest', 'too-many-hours']);
    expect(whyNot('li', 'night', 'gate')).toEqual(['short-rest', 'too-many-hours']);
  });
});
