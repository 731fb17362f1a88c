import { describe, expect, it } from 'vitest';
import type { Assignment, Person, Post, Shift, ShiftRules } from '../domain';
import { availability, checkBoard, isNotice, problemKinds, type BoardFacts, type BoardProblem } from './shiftChecks';
import { assignmentRow, personRow, postRow, shiftRow } from '../domain/testing/rows';

// Times in hours after 2021-11-27 00:00 UTC; the rules only compare instants.
const T0 = Date.UTC(2021, 10, 27);
const at = (hours: number, minutes = 0): number => T0 + hours * 3_600_000 + minutes * 60_000;

const shift = (id: string, from: number, to: number, leaderId: string | null = 'lead') =>
  shiftRow(id, from, to, { name: id, leaderId });
const post = (id: string, order: number, minStaff = 0) => postRow(id, order, { minStaff });
const person = (id: string, name = id, more: Partial<Person> = {}) => personRow(id, name, more);
const assign = assignmentRow;

const rules: ShiftRules = { minRestMinutes: 480, maxMinutesPer24h: 720, lateGraceMinutes: 15 };
/** Rules that let only the hours through, only the rest through, or neither. */
const hoursOnly = { rules: { minRestMinutes: 0 } };
const restOnly = { rules: { maxMinutesPer24h: 1440 } };
const neither = { rules: { minRestMinutes: 0, maxMinutesPer24h: 1440 } };

function facts(
  shifts: Shift[],
  assignments: Assignment[],
  opts: { posts?: Post[]; people?: Person[]; rules?: Partial<ShiftRules>; now?: number } = {},
): BoardFacts {
  const people = opts.people ?? ['lead', 'a', 'b', 'c'].map((id) => person(id));
  return {
    shifts,
    assignments,
    posts: opts.posts ?? [post('gate', 0)],
    people: new Map(people.map((p) => [p.id, p])),
    rules: { ...rules, ...opts.rules },
    now: opts.now ?? at(0),
  };
}
const check = (f: BoardFacts, shown: string[]): BoardProblem[] => checkBoard(f, new Set(shown));
/** The problems as short lines, easy to read in a failure. */
const lines = (problems: BoardProblem[]): string[] =>
  problems.map(
    (p) =>
      `${p.kind} ${p.shiftId}/${p.postId ?? '-'} ${p.personId ?? '-'} ${p.otherShiftId ?? '-'}/${p.otherPostId ?? '-'} ${p.value}/${p.limit}`,
  );
const kindsOf = (problems: BoardProblem[]): string[] => problems.map((p) => p.kind);

describe('problem kinds', () => {
  it('lists the kinds in board order and calls only a reserve call-up a notice', () => {
    expect(problemKinds).toEqual([
      'unstaffed',
      'below-minimum',
      'double-booked',
      'short-rest',
      'too-many-hours',
      'stood-down',
      'reserve-call-up',
      'no-leader',
    ]);
    expect(problemKinds.filter(isNotice)).toEqual(['reserve-call-up']);
  });
});

describe('checkBoard: staffing', () => {
  const posts = [post('gate', 0, 2), post('side', 1, 1), post('spare', 2, 0)];

  it('calls a post with nobody unstaffed, fewer than its minimum below it, and its minimum fine', () => {
    const f = facts([shift('s1', at(8), at(16))], [assign('x1', 's1', 'gate', 'a')], { posts });
    expect(lines(check(f, ['s1']))).toEqual(['below-minimum s1/gate - -/- 1/2', 'unstaffed s1/side - -/- 0/1']);
    const full = facts(
      [shift('s1', at(8), at(16))],
      [assign('x1', 's1', 'gate', 'a'), assign('x2', 's1', 'gate', 'b'), assign('x3', 's1', 'side', 'c')],
      { posts },
    );
    expect(check(full, ['s1'])).toEqual([]);
  });

  it('leaves a post with minimum 0 and nobody alone', () => {
    const f = facts([shift('s1', at(8), at(16))], [], { posts: [post('spare', 0, 0)] });
    expect(check(f, ['s1'])).toEqual([]);
  });

  it('does not count an assignment whose person no longer exists', () => {
    const f = facts([shift('s1', at(8), at(16))], [assign('x1', 's1', 'side', 'gone')], {
      posts: [post('side', 0, 1)],
    });
    expect(lines(check(f, ['s1']))).toEqual(['unstaffed s1/side - -/- 0/1']);
  });

  it('counts only the assignments of that shift and post', () => {
    const f = facts(
      [shift('s1', at(8), at(16)), shift('s2', at(16), at(24))],
      [assign('x1', 's2', 'side', 'a'), assign('x2', 's1', 'gate', 'b')],
      { posts: [post('side', 0, 1)] },
    );
    expect(lines(check(f, ['s1']))).toEqual(['unstaffed s1/side - -/- 0/1']);
  });

  it('fills a post once through a swap', () => {
    const swap = [
      assign('x1', 's1', 'side', 'a', { checkedInAt: at(8), checkedOutAt: at(12) }),
      assign('x2', 's1', 'side', 'b', { checkedInAt: at(12), replacesId: 'x1' }),
    ];
    expect(check(facts([shift('s1', at(8), at(16))], swap, { posts: [post('side', 0, 1)] }), ['s1'])).toEqual([]);
    expect(lines(check(facts([shift('s1', at(8), at(16))], swap, { posts: [post('side', 0, 2)] }), ['s1']))).toEqual([
      'below-minimum s1/side - -/- 1/2',
    ]);
  });

  it('checks only the shown shifts', () => {
    const f = facts([shift('s1', at(8), at(16)), shift('s2', at(16), at(24))], [], { posts: [post('side', 0, 1)] });
    expect(lines(check(f, ['s2', 'elsewhere']))).toEqual(['unstaffed s2/side - -/- 0/1']);
  });
});

describe('checkBoard: double booking', () => {
  it('flags two posts in the same shift on each, pointing at the other', () => {
    const f = facts([shift('s1', at(8), at(16))], [assign('x1', 's1', 'gate', 'a'), assign('x2', 's1', 'side', 'a')], {
      posts: [post('gate', 0), post('side', 1)],
    });
    expect(lines(check(f, ['s1']))).toEqual([
      'double-booked s1/gate a s1/side 0/0',
      'double-booked s1/side a s1/gate 0/0',
    ]);
  });

  it('flags overlapping shifts of two patterns, only where the shift is shown', () => {
    const shifts = [shift('night8', at(0), at(8)), shift('day12', at(6), at(18))];
    const f = facts(shifts, [assign('x1', 'night8', 'gate', 'a'), assign('x2', 'day12', 'gate', 'a')], neither);
    expect(lines(check(f, ['night8', 'day12']))).toEqual([
      'double-booked night8/gate a day12/gate 0/0',
      'double-booked day12/gate a night8/gate 0/0',
    ]);
    expect(lines(check(f, ['day12']))).toEqual(['double-booked day12/gate a night8/gate 0/0']);
  });

  it('does not call a shift ending 08:00 and one starting 08:00 an overlap (but 0 minutes of rest)', () => {
    const f = facts(
      [shift('night', at(0), at(8)), shift('day', at(8), at(16))],
      [assign('x1', 'night', 'gate', 'a'), assign('x2', 'day', 'gate', 'a')],
      restOnly,
    );
    expect(lines(check(f, ['night', 'day']))).toEqual(['short-rest day/gate a night/gate 0/480']);
  });

  it('does not call two people in one shift double-booked', () => {
    const f = facts([shift('s1', at(8), at(16))], [assign('x1', 's1', 'gate', 'a'), assign('x2', 's1', 'gate', 'b')]);
    expect(check(f, ['s1'])).toEqual([]);
  });
});

describe('checkBoard: rest', () => {
  const pair = (restMinutes: number, shown = ['s1', 's2']) =>
    check(
      facts(
        [shift('s1', at(0), at(8)), shift('s2', at(8, restMinutes), at(16, restMinutes))],
        [assign('x1', 's1', 'gate', 'a'), assign('x2', 's2', 'side', 'a')],
        { posts: [post('gate', 0), post('side', 1)], ...restOnly },
      ),
      shown,
    );

  it('accepts exactly 8 h of rest and flags 7 h 59 min on the later shift', () => {
    expect(pair(480)).toEqual([]);
    expect(lines(pair(479))).toEqual(['short-rest s2/side a s1/gate 479/480']);
  });

  it('reports on the earlier shift when only it is shown, and not at all when neither is', () => {
    expect(lines(pair(479, ['s1']))).toEqual(['short-rest s1/gate a s2/side 479/480']);
    expect(pair(479, [])).toEqual([]);
  });

  it('gives 8 h of rest between a shift ending at midnight (24:00) and one at 08:00', () => {
    const f = facts(
      [shift('late', at(16), at(24)), shift('next', at(32), at(40))],
      [assign('x1', 'late', 'gate', 'a'), assign('x2', 'next', 'gate', 'a')],
      restOnly,
    );
    expect(check(f, ['late', 'next'])).toEqual([]);
  });

  it('rounds the rest down to whole minutes', () => {
    const f = facts(
      [shift('s1', at(0), at(8)), shift('s2', at(15, 59) + 30_000, at(19))],
      [assign('x1', 's1', 'gate', 'a'), assign('x2', 's2', 'gate', 'a')],
    );
    expect(lines(check(f, ['s2']))).toEqual(['short-rest s2/gate a s1/gate 479/480']);
  });

  it('measures the rest from the latest end before the shift', () => {
    const f = facts(
      [shift('early', at(0), at(4)), shift('long', at(2), at(8)), shift('next', at(12), at(20))],
      [assign('x1', 'early', 'gate', 'a'), assign('x2', 'long', 'gate', 'a'), assign('x3', 'next', 'gate', 'a')],
      restOnly,
    );
    expect(lines(check(f, ['next']))).toEqual(['short-rest next/gate a long/gate 240/480']);
  });

  it('names the first of two posts ending together as the shift before, once', () => {
    const f = facts(
      [shift('s1', at(0), at(8)), shift('s2', at(10), at(18))],
      [assign('x1', 's1', 'side', 'a'), assign('x2', 's1', 'gate', 'a'), assign('x3', 's2', 'gate', 'a')],
      { posts: [post('gate', 0), post('side', 1)], ...restOnly },
    );
    expect(lines(check(f, ['s2']))).toEqual(['short-rest s2/gate a s1/side 120/480']);
  });

  it('counts each side of a swap for the part they worked, and check times only in a swap', () => {
    const shifts = [
      shift('cPrev', at(-8), at(0)),
      shift('bBefore', at(-4), at(4)),
      shift('s1', at(8), at(16)),
      shift('aAfter', at(20), at(28)),
      shift('cNext', at(24), at(32)),
    ];
    const swap = (checkedInAt: number | null, checkedOutAt: number | null) => [
      assign('x1', 's1', 'gate', 'a', { checkedInAt: at(7, 50), checkedOutAt }),
      assign('x2', 's1', 'gate', 'b', { checkedInAt, replacesId: 'x1' }),
      assign('x3', 'aAfter', 'gate', 'a'),
      assign('x4', 'bBefore', 'gate', 'b'),
      assign('x5', 'cPrev', 'side', 'c'),
      assign('x6', 's1', 'side', 'c', { checkedInAt: at(7, 50), checkedOutAt: at(16, 10) }),
      assign('x7', 'cNext', 'side', 'c'),
    ];
    const opts = { posts: [post('gate', 0, 1), post('side', 1)], ...restOnly };
    // a works 08:00–12:00 and b 12:00–16:00: 8 h of rest after a's part and before b's.
    expect(check(facts(shifts, swap(at(12), at(12)), opts), ['s1'])).toEqual([]);
    expect(lines(check(facts(shifts, swap(at(11, 59), at(12, 1)), opts), ['s1']))).toEqual([
      'short-rest s1/gate a aAfter/gate 479/480',
      'short-rest s1/gate b bBefore/gate 479/480',
    ]);
    // Without check times, both count for the whole shift.
    expect(lines(check(facts(shifts, swap(null, null), opts), ['s1']))).toEqual([
      'short-rest s1/gate a aAfter/gate 240/480',
      'short-rest s1/gate b bBefore/gate 240/480',
    ]);
  });

  it('leaves out a part checked out before the shift began', () => {
    const f = facts(
      [shift('before', at(-8), at(0)), shift('s1', at(4), at(12))],
      [
        assign('x0', 'before', 'gate', 'a'),
        assign('x1', 's1', 'gate', 'a', { checkedOutAt: at(4) }),
        assign('x2', 's1', 'gate', 'b', { checkedInAt: at(4), replacesId: 'x1' }),
      ],
    );
    expect(check(f, ['s1'])).toEqual([]);
  });
});

describe('checkBoard: hours in 24 h', () => {
  const day = (second: [number, number], shown = ['s1', 's2']) =>
    check(
      facts(
        [shift('s1', at(0), at(8)), shift('s2', second[0], second[1])],
        [assign('x1', 's1', 'gate', 'a'), assign('x2', 's2', 'gate', 'a')],
      ),
      shown,
    );
  const three = (times: Array<[number, number]>, shown = ['s1', 's2', 's3']) =>
    check(
      facts(
        times.map(([from, to], i) => shift(`s${i + 1}`, at(from), at(to))),
        times.map((_, i) => assign(`x${i + 1}`, `s${i + 1}`, 'gate', 'a')),
        hoursOnly,
      ),
      shown,
    );

  it('accepts exactly 12 h and flags 12 h 1 min on the shift ending last', () => {
    expect(day([at(20), at(24)])).toEqual([]);
    expect(lines(day([at(19, 59), at(24)]))).toEqual(['too-many-hours s2/gate a -/- 721/720']);
    expect(day([at(19, 59), at(24)], ['s1'])).toEqual([]);
  });

  it('accepts a single 12 h shift', () => {
    const f = facts([shift('s1', at(0), at(12))], [assign('x1', 's1', 'gate', 'a')]);
    expect(check(f, ['s1'])).toEqual([]);
  });

  it('flags a single shift longer than the limit', () => {
    const f = facts([shift('s1', at(0), at(13))], [assign('x1', 's1', 'gate', 'a')]);
    expect(lines(check(f, ['s1']))).toEqual(['too-many-hours s1/gate a -/- 780/720']);
  });

  it('reads the shifts in time order whatever the order of the assignments', () => {
    const f = facts(
      [shift('s1', at(0), at(8)), shift('s2', at(10), at(15))],
      [assign('x2', 's2', 'gate', 'a'), assign('x1', 's1', 'gate', 'a')],
      hoursOnly,
    );
    expect(lines(check(f, ['s1', 's2']))).toEqual(['too-many-hours s2/gate a -/- 780/720']);
  });

  it('rounds the minutes worked up', () => {
    expect(lines(day([at(20) - 1000, at(24)]))).toEqual(['too-many-hours s2/gate a -/- 721/720']);
  });

  it('reports on the shift ending last in the window, even past the window, once', () => {
    expect(
      lines(
        three([
          [0, 6],
          [10, 14],
          [20, 28],
        ]),
      ),
    ).toEqual(['too-many-hours s3/gate a -/- 840/720']);
  });

  it('leaves out a shift starting right when the window ends', () => {
    expect(
      lines(
        three([
          [0, 8],
          [10, 15],
          [24, 26],
        ]),
      ),
    ).toEqual(['too-many-hours s2/gate a -/- 780/720']);
  });

  it('gives the most worked in any window that names the shift', () => {
    const times: Array<[number, number]> = [
      [0, 8],
      [9, 17],
      [18, 23],
    ];
    expect(lines(three(times, ['s3']))).toEqual(['too-many-hours s3/gate a -/- 1260/720']);
    expect(three(times, ['s1', 's2'])).toEqual([]);
  });

  it('counts time at two posts at once only once', () => {
    expect(
      lines(
        three(
          [
            [0, 20],
            [2, 4],
            [3, 10],
          ],
          ['s1'],
        ),
      ),
    ).toEqual([
      'double-booked s1/gate a s2/gate 0/0',
      'double-booked s1/gate a s3/gate 0/0',
      'too-many-hours s1/gate a -/- 1200/720',
    ]);
    const twoPosts = facts(
      [shift('s1', at(0), at(12))],
      [assign('x1', 's1', 'gate', 'a'), assign('x2', 's1', 'side', 'a')],
      { posts: [post('gate', 0), post('side', 1)] },
    );
    expect(kindsOf(check(twoPosts, ['s1']))).toEqual(['double-booked', 'double-booked']);
  });

  it('reports on the first listed of two posts ending together', () => {
    const f = facts(
      [shift('s1', at(0), at(8)), shift('s2', at(10), at(16))],
      [assign('x1', 's1', 'gate', 'a'), assign('x2', 's2', 'side', 'a'), assign('x3', 's2', 'gate', 'a')],
      { posts: [post('gate', 0), post('side', 1)], ...hoursOnly },
    );
    expect(lines(check(f, ['s2']))).toEqual([
      'double-booked s2/gate a s2/side 0/0',
      'double-booked s2/side a s2/gate 0/0',
      'too-many-hours s2/side a -/- 840/720',
    ]);
  });
});

describe('checkBoard: people and leaders', () => {
  it('flags a stood-down person on a shift ending after now, not on one already over', () => {
    const people = [person('lead'), person('a', 'a', { active: false })];
    const shifts = [shift('past', at(0), at(8)), shift('soon', at(8), at(16))];
    const assignments = [assign('x1', 'past', 'gate', 'a'), assign('x2', 'soon', 'side', 'a')];
    const posts = [post('gate', 0), post('side', 1)];
    const f = (now: number) => facts(shifts, assignments, { people, posts, now, ...neither });
    expect(lines(check(f(at(8)), ['past', 'soon']))).toEqual(['stood-down soon/side a -/- 0/0']);
    expect(lines(check(f(at(7, 59)), ['past', 'soon']))).toEqual([
      'stood-down past/gate a -/- 0/0',
      'stood-down soon/side a -/- 0/0',
    ]);
  });

  it('notes a reserve call-up, and nothing for a person on the roster', () => {
    const people = [person('lead'), person('r', 'r', { reserve: true }), person('a')];
    const assignments = [assign('x1', 's1', 'gate', 'r'), assign('x2', 's1', 'gate', 'a')];
    const f = facts([shift('s1', at(8), at(16))], assignments, { people });
    expect(lines(check(f, ['s1']))).toEqual(['reserve-call-up s1/gate r -/- 0/0']);
  });

  it('flags a shift without a leader or whose leader no longer exists', () => {
    const shifts = [shift('none', at(0), at(8), null), shift('gone', at(8), at(16), 'x'), shift('ok', at(16), at(24))];
    expect(lines(check(facts(shifts, []), ['none', 'gone', 'ok']))).toEqual([
      'no-leader none/- - -/- 0/0',
      'no-leader gone/- - -/- 0/0',
    ]);
  });

  it('leaves out assignments of people or shifts that no longer exist', () => {
    const assignments = [assign('x1', 's1', 'gate', 'ghost'), assign('x2', 'gone', 'gate', 'a')];
    expect(check(facts([shift('s1', at(8), at(16))], assignments), ['s1', 'gone'])).toEqual([]);
  });
});

describe('checkBoard: order', () => {
  it('orders by shift start, then post order, then kind, then name; no-leader after the posts', () => {
    const people = [
      person('lead'),
      person('zhang', '张伟', { reserve: true }),
      person('li', '李娜', { reserve: true }),
      person('old', '王芳', { active: false }),
    ];
    const posts = [post('side', 1, 3), post('gate', 0, 1)];
    const shifts = [
      shift('late', at(16), at(24), null),
      shift('early', at(0), at(8), null),
      shift('twin', at(0), at(6)),
    ];
    const assignments = [
      assign('x1', 'late', 'side', 'zhang'),
      assign('x2', 'late', 'side', 'li'),
      assign('x3', 'late', 'side', 'old'),
      assign('x4', 'late', 'removed', 'li'),
      assign('x5', 'late', 'gate', 'old'),
    ];
    expect(lines(check(facts(shifts, assignments, { people, posts }), ['late', 'early', 'twin']))).toEqual([
      'unstaffed early/gate - -/- 0/1',
      'unstaffed early/side - -/- 0/3',
      'no-leader early/- - -/- 0/0',
      'unstaffed twin/gate - -/- 0/1',
      'unstaffed twin/side - -/- 0/3',
      'double-booked late/gate old late/side 0/0',
      'stood-down late/gate old -/- 0/0',
      'double-booked late/side li late/removed 0/0',
      'double-booked late/side old late/gate 0/0',
      'stood-down late/side old -/- 0/0',
      'reserve-call-up late/side li -/- 0/0',
      'reserve-call-up late/side zhang -/- 0/0',
      'double-booked late/removed li late/side 0/0',
      'reserve-call-up late/removed li -/- 0/0',
      'no-leader late/- - -/- 0/0',
    ]);
  });
});

describe('availability', () => {
  const shifts = [
    shift('prev', at(-8), at(0)),
    shift('s1', at(8), at(16)),
    shift('s2', at(16), at(24)),
    shift('next', at(32), at(40)),
    shift('early', at(28), at(36)),
  ];
  const people = [person('lead'), person('a'), person('b'), person('r', 'r', { reserve: true })];
  const picker = (assignments: Assignment[], opts: Parameters<typeof facts>[2] = {}) =>
    availability(facts(shifts, assignments, { people, ...opts }));

  it('finds nothing wrong with a free, rested person', () => {
    const ask = picker([assign('x1', 'prev', 'gate', 'a'), assign('x2', 'next', 'gate', 'a')], restOnly);
    expect(ask('a', 's2', 'gate')).toEqual([]);
    expect(ask('b', 's1', 'gate')).toEqual([]);
  });

  it('answers [] for a person or shift it does not know', () => {
    const ask = picker([]);
    expect(ask('ghost', 's1', 'gate')).toEqual([]);
    expect(ask('a', 'gone', 'gate')).toEqual([]);
  });

  it('calls a person at another post of the same shift double-booked', () => {
    const ask = picker([assign('x1', 's1', 'side', 'a')]);
    expect(ask('a', 's1', 'gate')).toEqual(['double-booked']);
    expect(ask('b', 's1', 'gate')).toEqual([]);
  });

  it('flags a tired person: short rest before or after, too many hours', () => {
    const ask = picker([assign('x1', 's1', 'gate', 'a'), assign('x2', 'early', 'gate', 'b')]);
    expect(ask('a', 's2', 'gate')).toEqual(['short-rest', 'too-many-hours']);
    // 8 h of rest, but 16 h of work from 16:00 the day before to 16:00.
    expect(ask('a', 'prev', 'gate')).toEqual(['too-many-hours']);
    expect(ask('b', 's2', 'gate')).toEqual(['short-rest', 'too-many-hours']);
  });

  it('accepts exactly 8 h of rest and flags 7 h 59 min, both ways', () => {
    const edge = [shift('s1', at(8), at(16)), shift('after', at(24), at(32)), shift('soon', at(23, 59), at(30))];
    const ask = (assignments: Assignment[]) =>
      availability(facts([...edge, shift('before', at(-8), at(0, 1))], assignments, { people, ...restOnly }));
    expect(ask([assign('x1', 's1', 'gate', 'a')])('a', 'after', 'gate')).toEqual([]);
    expect(ask([assign('x1', 's1', 'gate', 'a')])('a', 'soon', 'gate')).toEqual(['short-rest']);
    expect(ask([assign('x1', 'after', 'gate', 'a')])('a', 's1', 'gate')).toEqual([]);
    expect(ask([assign('x1', 'soon', 'gate', 'a')])('a', 's1', 'gate')).toEqual(['short-rest']);
    expect(ask([assign('x1', 's1', 'gate', 'a')])('a', 'before', 'gate')).toEqual(['short-rest']);
    const backToBack = availability(
      facts([shift('s1', at(8), at(16)), shift('s2', at(16), at(24))], [assign('x1', 's2', 'gate', 'a')], {
        people,
        ...restOnly,
      }),
    );
    expect(backToBack('a', 's1', 'gate')).toEqual(['short-rest']);
  });

  it('accepts exactly 12 h in 24 h and flags 12 h 1 min', () => {
    const edge = [shift('s1', at(0), at(8)), shift('four', at(20), at(24)), shift('more', at(19, 59), at(24))];
    const ask = availability(facts(edge, [assign('x1', 's1', 'gate', 'a')], { people, ...hoursOnly }));
    expect(ask('a', 'four', 'gate')).toEqual([]);
    expect(ask('a', 'more', 'gate')).toEqual(['too-many-hours']);
    const long = availability(facts([shift('s13', at(0), at(13))], [], { people }));
    expect(long('b', 's13', 'gate')).toEqual(['too-many-hours']);
  });

  it('counts only the 24 h windows holding the new shift start', () => {
    const edge = [
      shift('w1', at(0), at(8)),
      shift('w2', at(9), at(14)),
      shift('atEnd', at(24), at(25)),
      shift('inside', at(13), at(14)),
      shift('b1', at(10), at(18)),
      shift('b2', at(26), at(33)),
      shift('first', at(0), at(1)),
    ];
    const assignments = ['w1', 'w2'].map((s) => assign(`a-${s}`, s, 'gate', 'a'));
    assignments.push(...['b1', 'b2'].map((s) => assign(`b-${s}`, s, 'gate', 'b')));
    const ask = availability(facts(edge, assignments, { people, ...hoursOnly }));
    // a already works 13 h from 00:00 to 24:00; b works 15 h from 10:00 to 10:00 the next day.
    expect(ask('a', 'atEnd', 'gate')).toEqual([]);
    expect(ask('a', 'inside', 'gate')).toEqual(['double-booked', 'too-many-hours']);
    expect(ask('b', 'first', 'gate')).toEqual([]);
    expect(ask('b', 'w1', 'gate')).toEqual(['too-many-hours']);
  });

  it('flags a stood-down person for a shift ending after now, and a reserve call-up', () => {
    const people2 = [person('lead'), person('off', 'off', { active: false }), person('r', 'r', { reserve: true })];
    const ask = availability(facts(shifts, [], { people: people2, now: at(16) }));
    expect(ask('off', 's1', 'gate')).toEqual([]);
    expect(ask('off', 's2', 'gate')).toEqual(['stood-down']);
    expect(ask('r', 's1', 'gate')).toEqual(['reserve-call-up']);
  });

  it('lists every kind in board order', () => {
    const people2 = [person('lead'), person('all', 'all', { active: false, reserve: true })];
    const assignments = [assign('x1', 's1', 'side', 'all'), assign('x2', 'prev', 'gate', 'all')];
    const ask = availability(facts([...shifts, shift('long', at(4), at(16))], assignments, { people: people2 }));
    expect(ask('all', 'long', 'gate')).toEqual([
      'double-booked',
      'short-rest',
      'too-many-hours',
      'stood-down',
      'reserve-call-up',
    ]);
  });
});
