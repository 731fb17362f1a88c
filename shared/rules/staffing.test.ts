import { describe, expect, it } from 'vitest';
import type { Assignment } from '../domain';
import { assignmentRow, personRow, postRow, shiftRow } from '../domain/testing/rows';
import { pickCurrentShift, staffPosts } from './staffing';

const shift = (id: string, startsAt: number, endsAt: number, leaderId: string | null = null) =>
  shiftRow(id, startsAt, endsAt, { leaderId });
const post = (id: string, order: number, minStaff: number) => postRow(id, order, { minStaff });
const assign = (
  id: string,
  shiftId: string,
  postId: string,
  personId: string,
  checkedInAt: number | null = 1,
  checkedOutAt: number | null = null,
) => assignmentRow(id, shiftId, postId, personId, { checkedInAt, checkedOutAt });

describe('pickCurrentShift', () => {
  const shifts = [shift('a', 0, 100), shift('b', 100, 200), shift('c', 150, 300)];
  it('takes the shift containing now, end exclusive', () => {
    expect(pickCurrentShift(shifts, 50)?.id).toBe('a');
    expect(pickCurrentShift(shifts, 100)?.id).toBe('b');
  });
  it('prefers the later start when shifts overlap', () => {
    expect(pickCurrentShift(shifts, 160)?.id).toBe('c');
  });
  it('keeps the first listed of two shifts that start at the same instant', () => {
    expect(pickCurrentShift([shift('early', 0, 100), shift('same', 0, 200)], 50)?.id).toBe('early');
    expect(pickCurrentShift([shift('same', 0, 200), shift('early', 0, 100)], 50)?.id).toBe('same');
  });
  it('returns null between shifts', () => {
    expect(pickCurrentShift(shifts, 300)).toBeNull();
  });
});

describe('staffPosts', () => {
  const posts = [post('p2', 1, 2), post('p1', 0, 3), post('p3', 2, 1)];
  const people = new Map(
    [personRow('x', '王伟'), personRow('y', '李娜'), personRow('z', '张强')].map((p) => [p.id, p]),
  );
  const s = shift('now', 0, 100, 'y');
  const assignments = [
    assign('1', 'now', 'p1', 'x'),
    assign('2', 'now', 'p1', 'y'),
    assign('3', 'now', 'p2', 'z'),
    assign('4', 'other', 'p3', 'x'),
    assign('5', 'now', 'p2', 'ghost'),
  ];
  // Built inside each test: an error at collection would fail the file without failing a test.
  const staffNow = () => staffPosts(posts, s, assignments, people);

  it('lists posts in their order with their people, leader first', () => {
    const result = staffNow();
    expect(result.map((r) => r.post.id)).toEqual(['p1', 'p2', 'p3']);
    expect(result[0]?.people.map((p) => p.person.name)).toEqual(['李娜', '王伟']);
    expect(result[0]?.people[0]?.leader).toBe(true);
  });
  it('judges each post against its minimum and ignores other shifts and missing people', () => {
    const result = staffNow();
    expect(result.map((r) => r.people.map((p) => p.person.id))).toEqual([['y', 'x'], ['z'], []]);
    expect(result.map((r) => r.level)).toEqual(['below-minimum', 'below-minimum', 'unstaffed']);
  });
  it('counts a post at exactly its minimum as staffed, one short as below it', () => {
    const twoPosts = [post('gate', 0, 2), post('door', 1, 2)];
    const staffed = staffPosts(
      twoPosts,
      s,
      [assign('1', 'now', 'gate', 'x'), assign('2', 'now', 'gate', 'y'), assign('3', 'now', 'door', 'z')],
      people,
    );
    expect(staffed.map((r) => [r.post.id, r.people.length, r.level])).toEqual([
      ['gate', 2, 'staffed'],
      ['door', 1, 'below-minimum'],
    ]);
  });

  it('puts the leader first, whatever the names', () => {
    const gate = [post('gate', 0, 2)];
    const led = staffPosts(
      gate,
      shift('now', 0, 100, 'z'),
      [assign('1', 'now', 'gate', 'x'), assign('2', 'now', 'gate', 'z')],
      people,
    );
    expect(led[0]?.people.map((p) => p.person.name)).toEqual(['张强', '王伟']);
  });

  it('marks the shift leader and only the leader', () => {
    const result = staffNow();
    expect(result[0]?.people.map((p) => [p.person.name, p.leader])).toEqual([
      ['李娜', true],
      ['王伟', false],
    ]);
    expect(result[1]?.people.map((p) => [p.person.name, p.leader])).toEqual([['张强', false]]);
    const leaderless = staffPosts(posts, shift('now', 0, 100, null), assignments, people);
    expect(leaderless.flatMap((r) => r.people.map((p) => p.leader))).toEqual([false, false, false]);
  });

  it('counts as checked in only who checked in and has not checked out', () => {
    const door = [post('door', 0, 1)];
    const states = staffPosts(
      door,
      s,
      [
        assign('1', 'now', 'door', 'x', null, null),
        assign('2', 'now', 'door', 'y', 10, null),
        assign('3', 'now', 'door', 'z', 10, 20),
      ],
      people,
    );
    expect(states[0]?.people.map((p) => [p.person.name, p.checkedIn])).toEqual([
      ['李娜', true],
      ['王伟', false],
      ['张强', false],
    ]);
  });

  it('flags a check-in past the grace as late, a swap-in never, and leaves out who was swapped out', () => {
    const start = s.startsAt;
    const min = 60_000;
    const swapIn: Assignment = { ...assign('4', 'now', 'door', 'z', start + 200 * min), replacesId: '3' };
    const states = staffPosts(
      [post('door', 0, 1)],
      s,
      [
        assign('1', 'now', 'door', 'x', start + 15 * min),
        assign('2', 'now', 'door', 'y', start + 16 * min),
        assign('3', 'now', 'door', 'w', start, start + 200 * min),
        swapIn,
      ],
      new Map([...people, ['w', personRow('w', '赵敏')]]),
      { lateGraceMinutes: 15 },
    );
    expect(states[0]?.people.map((p) => [p.person.name, p.late, p.checkedInAt])).toEqual([
      ['李娜', true, start + 16 * min],
      ['王伟', false, start + 15 * min],
      ['张强', false, start + 200 * min],
    ]);
  });

  it('shows every post unstaffed when there is no shift', () => {
    expect(staffPosts(posts, null, assignments, people).every((r) => r.level === 'unstaffed')).toBe(true);
  });
});
