import { describe, expect, it } from 'vitest';
import { printRoute, readPrintParams } from './printParams';

describe('readPrintParams', () => {
  it('reads a shift sheet of the shift running now by default', () => {
    expect(readPrintParams('#/print/shift')).toEqual({
      kind: 'shift',
      shift: 'current',
      date: null,
      sheetId: null,
      dialog: false,
    });
  });

  it('reads a printed sheet, its day and the browser dialog flag', () => {
    expect(readPrintParams('#/print/day-roster?date=2021-11-26&sheet=ab-12&print=dialog')).toEqual({
      kind: 'day-roster',
      shift: null,
      date: '2021-11-26',
      sheetId: 'ab-12',
      dialog: true,
    });
  });

  it('keeps an activity log of a day without a shift', () => {
    expect(readPrintParams('#/print/activity-log?date=2021-11-26')?.shift).toBeNull();
    expect(readPrintParams('#/print/activity-log?shift=s1')?.shift).toBe('s1');
  });

  it('refuses what the app never makes', () => {
    expect(readPrintParams('#/print/everything')).toBeNull();
    expect(readPrintParams('#/sheets')).toBeNull();
    expect(readPrintParams('#/print/shift?shift=../x')).toBeNull();
    expect(readPrintParams('#/print/shift?date=26.11.2021')).toBeNull();
    expect(readPrintParams('#/print/shift?sheet=<script>')).toBeNull();
  });

  it('reads back every route it makes', () => {
    const route = printRoute({ kind: 'patrol-record', shift: 's-9', date: '2021-11-27', sheetId: 'n1' });
    expect(route).toBe('/print/patrol-record?shift=s-9&date=2021-11-27&sheet=n1');
    expect(readPrintParams(`#${route}`)).toEqual({
      kind: 'patrol-record',
      shift: 's-9',
      date: '2021-11-27',
      sheetId: 'n1',
      dialog: false,
    });
  });
});
