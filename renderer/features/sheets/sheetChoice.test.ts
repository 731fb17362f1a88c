import { describe, expect, it } from 'vitest';
import { choiceFromAddress, coversShift, paramsOf, resolveShift, type SheetChoice } from './sheetChoice';

const defaults: SheetChoice = { kind: 'shift', date: '2021-11-26', shift: 'current', scope: 'shift' };

describe('choiceFromAddress', () => {
  it('keeps the defaults for a bare address', () => {
    expect(choiceFromAddress('#/sheets', defaults)).toEqual({ choice: defaults, go: false });
  });

  it('reads what another screen asks for, and Ctrl+P’s print at once', () => {
    expect(choiceFromAddress('#/sheets?doc=activity-log&date=2021-11-27&scope=day', defaults).choice).toEqual({
      kind: 'activity-log',
      date: '2021-11-27',
      shift: 'current',
      scope: 'day',
    });
    expect(choiceFromAddress('#/sheets?doc=shift&shift=current&go=1', defaults).go).toBe(true);
  });

  it('ignores what it cannot read', () => {
    expect(choiceFromAddress('#/sheets?doc=all&date=tomorrow&shift=../x&scope=week', defaults).choice).toEqual(
      defaults,
    );
  });
});

describe('paramsOf', () => {
  it('names the shift only for documents of a shift', () => {
    expect(coversShift({ kind: 'day-roster', scope: 'shift' })).toBe(false);
    expect(paramsOf({ ...defaults, kind: 'day-roster' }, 's1', null).shift).toBeNull();
    expect(paramsOf({ ...defaults, kind: 'activity-log', scope: 'day' }, 's1', null).shift).toBeNull();
    expect(paramsOf({ ...defaults, kind: 'activity-log' }, 's1', 'n1')).toEqual({
      kind: 'activity-log',
      shift: 's1',
      date: '2021-11-26',
      sheetId: 'n1',
    });
  });
});

describe('resolveShift', () => {
  const day = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];
  it('takes the shift named, else the current one of that day, else the first', () => {
    expect(resolveShift('c', day, { id: 'b' })?.id).toBe('c');
    expect(resolveShift('current', day, { id: 'b' })?.id).toBe('b');
    expect(resolveShift('current', day, { id: 'other-day' })?.id).toBe('a');
    expect(resolveShift('current', [], { id: 'b' })).toBeNull();
  });
});
