import { describe, expect, it } from 'vitest';
import { assignmentRow, personRow, postRow, shiftRow } from '../../../../shared/domain/testing/rows';
import { buildDuty } from './roster';

const MIN = 60_000;
const START = Date.UTC(2026, 10, 28, 0);
const shift = shiftRow('sh', START, START + 480 * MIN, { slotIndex: 1 });
const post = (id: string, order: number) => postRow(id, order, { minStaff: 2 });
const assign = (
  id: string,
  postId: string,
  personId: string,
  inAt: number | null,
  outAt: number | null = null,
  replacesId: string | null = null,
) => assignmentRow(id, 'sh', postId, personId, { checkedInAt: inAt, checkedOutAt: outAt, replacesId });
const roll = [personRow('zs', '张三'), personRow('ls', '李四'), personRow('ww', '王五'), personRow('zl', '赵六')];
const people = new Map(roll.map((p) => [p.id, p]));
const rules = { lateGraceMinutes: 15 };

describe('buildDuty', () => {
  it('gives each person their state: not yet, in, late past the grace, out, swapped out', () => {
    const { posts } = buildDuty(
      shift,
      [post('B', 2), post('A', 1)],
      [
        assign('a1', 'A', 'zs', START + 15 * MIN),
        assign('a2', 'A', 'ls', START + 31 * MIN),
        assign('a3', 'B', 'ww', null),
        assign('a4', 'B', 'zl', START - 3 * MIN, START + 200 * MIN),
        assign('gone', 'B', 'nobody', START),
      ],
      people,
      rules,
    );
    expect(posts.map((p) => [p.post.id, p.people.map((x) => [x.person.name, x.state])])).toEqual([
      [
        'A',
        [
          ['李四', { kind: 'late', at: START + 31 * MIN, minutes: 31 }],
          ['张三', { kind: 'in', at: START + 15 * MIN }],
        ],
      ],
      [
        'B',
        [
          ['王五', { kind: 'not-yet' }],
          ['赵六', { kind: 'out', at: START + 200 * MIN }],
        ],
      ],
    ]);
  });

  it('keeps both sides of a swap, the new one right after the old, and lists the events in time order', () => {
    const swapAt = START + 210 * MIN;
    const { posts, events } = buildDuty(
      shift,
      [post('A', 1)],
      [
        assign('new', 'A', 'ww', swapAt, null, 'old'),
        assign('old', 'A', 'zs', START + 40 * MIN, swapAt),
        assign('other', 'A', 'ls', START - 2 * MIN, START + 470 * MIN),
      ],
      people,
      rules,
    );
    expect(posts[0]?.people.map((x) => [x.person.name, x.state.kind, x.replaces])).toEqual([
      ['李四', 'out', null],
      ['张三', 'replaced', null],
      ['王五', 'in', '张三'],
    ]);
    expect(posts[0]?.people[1]?.state).toEqual({ kind: 'replaced', at: swapAt, by: '王五' });
    expect(events).toEqual([
      { kind: 'in', id: 'other', at: START - 2 * MIN, name: '李四', post: 'A' },
      { kind: 'late', id: 'old', at: START + 40 * MIN, name: '张三', post: 'A', minutes: 40 },
      { kind: 'swap', id: 'new', at: swapAt, from: '张三', to: '王五', post: 'A' },
      { kind: 'out', id: 'other', at: START + 470 * MIN, name: '李四', post: 'A' },
    ]);
  });

  it('puts a post’s arrival before a departure in the same minute, and a post with nobody stays listed', () => {
    const { posts, events } = buildDuty(
      shift,
      [post('A', 1), post('E', 2)],
      [assign('x', 'A', 'zs', START, START + MIN), assign('y', 'A', 'ls', START + MIN)],
      people,
      rules,
    );
    expect(events.map((e) => [e.kind, e.id])).toEqual([
      ['in', 'x'],
      ['in', 'y'],
      ['out', 'x'],
    ]);
    expect(posts.map((p) => [p.post.id, p.people.length])).toEqual([
      ['A', 2],
      ['E', 0],
    ]);
  });
});
