import { describe, expect, it } from 'vitest';
import type { Assignment, Person } from '../../../../shared/domain';
import type { BoardProblem } from '../../../../shared/rules/shiftChecks';
import type { CellEntry } from './BoardCell';
import { sameCell, type CellProps } from './sameCell';

const person = (id: string, name: string): Person => ({
  id,
  siteId: 's',
  name,
  phone: '13800000000',
  unit: 'police',
  groupId: null,
  role: '',
  reserve: false,
  notes: '',
  active: true,
});
const assignment = (id: string, personId: string): Assignment => ({
  id,
  siteId: 's',
  shiftId: 'sh1',
  postId: 'p1',
  personId,
  checkedInAt: null,
  checkedOutAt: null,
  replacesId: null,
});
const problem = (kind: BoardProblem['kind']): BoardProblem => ({
  kind,
  shiftId: 'sh1',
  postId: 'p1',
  personId: null,
  otherShiftId: null,
  otherPostId: null,
  value: 1,
  limit: 2,
});

const anna = person('a', '安静');
const bai = person('b', '白雪');
const a1 = assignment('a1', 'a');
const a2 = assignment('a2', 'b');
const post = { id: 'p1' };
const shift = { id: 'sh1' };
const actions = {};
const short = problem('below-minimum');

/** A cell as the board hands it over after an answer of the store: new lists of the same rows. */
const cell = (entries: CellEntry[], problems: CellProps['problems'] = [], shiftLabel = '12月5日 夜班 00:00–08:00') => ({
  post,
  shift,
  shiftLabel,
  entries,
  problems,
  actions,
});
const both = () => [
  { assignment: a1, person: anna, replaced: false },
  { assignment: a2, person: bai, replaced: false },
];

describe('sameCell', () => {
  it('takes new lists of the same people and problems for the same cell', () => {
    expect(
      sameCell(
        cell(both(), [{ problem: short, text: '人数不足：1/2 人' }]),
        cell(both(), [{ problem: short, text: '人数不足：1/2 人' }]),
      ),
    ).toBe(true);
    expect(sameCell(cell([]), cell([]))).toBe(true);
  });

  it('sees a person taken off, added, or their assignment changed (checked in)', () => {
    expect(sameCell(cell(both()), cell(both().slice(0, 1)))).toBe(false);
    expect(sameCell(cell(both().slice(0, 1)), cell(both()))).toBe(false);
    const checkedIn = { assignment: { ...a1, checkedInAt: 1 }, person: anna, replaced: false };
    expect(sameCell(cell(both()), cell([checkedIn, ...both().slice(1)]))).toBe(false);
  });

  it('sees someone marked replaced, or renamed', () => {
    const second = { assignment: a2, person: bai, replaced: false };
    expect(sameCell(cell(both()), cell([{ assignment: a1, person: anna, replaced: true }, second]))).toBe(false);
    const renamed = { assignment: a1, person: { ...anna, name: '安静二' }, replaced: false };
    expect(sameCell(cell(both()), cell([renamed, second]))).toBe(false);
  });

  it('sees a problem come, go, or say something else', () => {
    const text = '人数不足：1/2 人';
    expect(sameCell(cell(both()), cell(both(), [{ problem: short, text }]))).toBe(false);
    expect(sameCell(cell(both(), [{ problem: short, text }]), cell(both()))).toBe(false);
    expect(
      sameCell(cell(both(), [{ problem: short, text }]), cell(both(), [{ problem: short, text: '人数不足：0/2 人' }])),
    ).toBe(false);
    expect(
      sameCell(cell(both(), [{ problem: short, text }]), cell(both(), [{ problem: problem('reserve-call-up'), text }])),
    ).toBe(false);
  });

  it('sees another label (the language changed) or another shift or post', () => {
    expect(sameCell(cell(both()), cell(both(), [], 'Sat 5 Dec Night 00:00–08:00'))).toBe(false);
    expect(sameCell(cell(both()), { ...cell(both()), shift: { id: 'sh1' } })).toBe(false);
    expect(sameCell(cell(both()), { ...cell(both()), post: { id: 'p1' } })).toBe(false);
  });
});
