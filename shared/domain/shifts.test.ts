import { describe, expect, it } from 'vitest';
import {
  assignmentSchema,
  handoverNoteSchema,
  localDateSchema,
  shiftPatternSchema,
  shiftSchema,
  shiftSlotSchema,
} from './shifts';

const slot = { name: '早班', startMinute: 480, durationMinutes: 480 };
const shift = {
  id: 's1',
  siteId: 'site1',
  patternId: 'pat1',
  slotIndex: 0,
  name: '夜班',
  date: '2021-03-28',
  startsAt: 1_616_889_600_000,
  endsAt: 1_616_918_400_000,
  leaderId: null,
};

describe('a shift slot', () => {
  it.each([
    [0, true],
    [1439, true],
    [1440, false],
    [-1, false],
  ])('starting at minute %i is valid: %s', (startMinute, valid) => {
    expect(shiftSlotSchema.safeParse({ ...slot, startMinute }).success).toBe(valid);
  });

  it('keeps its name, start and length, with the name cleaned', () => {
    expect(shiftSlotSchema.parse({ ...slot, name: ' 早\u200B班 ' })).toEqual(slot);
  });

  it('is refused without a name', () => {
    expect(shiftSlotSchema.safeParse({ startMinute: 480, durationMinutes: 480 }).success).toBe(false);
  });
});

describe('a shift pattern', () => {
  it('keeps its id, site, name and slots', () => {
    const pattern = { id: 'pat1', siteId: 'site1', name: '两班倒', slots: [slot] };
    expect(shiftPatternSchema.parse(pattern)).toEqual(pattern);
  });

  it('is refused without a site', () => {
    expect(shiftPatternSchema.safeParse({ id: 'pat1', name: '两班倒', slots: [slot] }).success).toBe(false);
  });
});

describe('a local date', () => {
  it.each([
    ['2021-03-28', true],
    ['x2021-03-28', false],
    ['2021-03-28x', false],
    ['2021-3-28', false],
  ])('%s is a local date: %s', (date, valid) => {
    expect(localDateSchema.safeParse(date).success).toBe(valid);
  });
});

describe('a shift', () => {
  it('keeps all its fields', () => {
    expect(shiftSchema.parse(shift)).toEqual(shift);
  });

  it('is refused without a pattern', () => {
    const withoutPattern: Partial<typeof shift> = { ...shift };
    delete withoutPattern.patternId;
    expect(shiftSchema.safeParse(withoutPattern).success).toBe(false);
  });

  it('ends after it starts: a minute later is fine, the same instant or earlier is refused on endsAt', () => {
    expect(shiftSchema.safeParse({ ...shift, endsAt: shift.startsAt + 60_000 }).success).toBe(true);
    for (const endsAt of [1_616_889_600_000, 1_616_889_540_000]) {
      const result = shiftSchema.safeParse({ ...shift, endsAt });
      expect(result.success).toBe(false);
      expect(result.error?.issues).toEqual([
        expect.objectContaining({ code: 'custom', message: 'ends-before-start', path: ['endsAt'] }),
      ]);
    }
  });
});

describe('an assignment', () => {
  const assignment = {
    id: 'a1',
    siteId: 'site1',
    shiftId: 's1',
    postId: 'post1',
    personId: 'p1',
    checkedInAt: null,
    checkedOutAt: null,
    replacesId: null,
  };

  it('keeps all its fields', () => {
    expect(assignmentSchema.parse(assignment)).toEqual(assignment);
  });

  it('is refused without a person', () => {
    const withoutPerson: Partial<typeof assignment> = { ...assignment };
    delete withoutPerson.personId;
    expect(assignmentSchema.safeParse(withoutPerson).success).toBe(false);
  });
});

describe('a handover note', () => {
  const note = {
    id: 'n1',
    siteId: 'site1',
    shiftId: 's1',
    text: '北门锁已换',
    author: '陈静',
    at: 1_616_918_400_000,
    doneAt: null,
    doneBy: '',
  };

  it('keeps all its fields', () => {
    expect(handoverNoteSchema.parse(note)).toEqual(note);
  });

  it('is refused without text or an author', () => {
    expect(handoverNoteSchema.safeParse({ ...note, text: ' ' }).success).toBe(false);
    const withoutAuthor: Partial<typeof note> = { ...note };
    delete withoutAuthor.author;
    expect(handoverNoteSchema.safeParse(withoutAuthor).success).toBe(false);
  });
});
