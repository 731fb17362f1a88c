import { describe, expect, it } from 'vitest';
import { freeSheetName, listSheets, safeNamePart, sheetFileName } from './sheetFiles';

describe('safeNamePart', () => {
  it('keeps Chinese and Latin words as they are', () => {
    expect(safeNamePart('白班 08:00–16:00')).toBe('白班 08_00–16_00');
    expect(safeNamePart('Day shift')).toBe('Day shift');
  });

  it('replaces what Windows, FAT and paths refuse', () => {
    expect(safeNamePart('a/b\\c:d*e?f"g<h>i|j')).toBe('a_b_c_d_e_f_g_h_i_j');
    expect(safeNamePart('line\nbreak\ttab\u0000nul')).toBe('line break tab_nul');
  });

  it('never starts with a dot nor ends with a dot or a space, and never climbs a folder', () => {
    expect(safeNamePart('..')).toBe('');
    expect(safeNamePart('../../etc/passwd')).toBe('_._etc_passwd');
    expect(safeNamePart('.hidden')).toBe('hidden');
    expect(safeNamePart('name. ')).toBe('name');
  });

  it('caps a long name at 80 characters, counting a Chinese character or an emoji as one', () => {
    expect(safeNamePart('班'.repeat(200))).toBe('班'.repeat(80));
    expect(safeNamePart('👮🏽'.repeat(100))).toBe('👮🏽'.repeat(80));
  });

  it('is the same for a name typed composed or decomposed', () => {
    expect(safeNamePart('Ame\u0301lie')).toBe(safeNamePart('Am\u00e9lie'));
  });
});

describe('sheetFileName', () => {
  it('names kind, date, shift and number, in that order', () => {
    expect(sheetFileName({ kind: 'shift', date: '2026-11-28', shiftName: '白班', sheetNumber: 'XZY-0042' })).toBe(
      'shift_2026-11-28_白班_XZY-0042.pdf',
    );
  });

  it('leaves out a shift a day sheet does not have', () => {
    expect(sheetFileName({ kind: 'day-roster', date: '2026-11-28', sheetNumber: 'XZY-0043' })).toBe(
      'day-roster_2026-11-28_XZY-0043.pdf',
    );
  });

  it('makes a shift name with markup or separators harmless', () => {
    expect(sheetFileName({ kind: 'shift', date: '2026-11-28', shiftName: '<script>/夜班', sheetNumber: 'X-1' })).toBe(
      'shift_2026-11-28__script__夜班_X-1.pdf',
    );
  });
});

describe('freeSheetName', () => {
  it('keeps a name no sheet has', () => {
    expect(freeSheetName('shift_2026-11-28_白班_X-1.pdf', ['other.pdf'])).toBe('shift_2026-11-28_白班_X-1.pdf');
  });

  it('never gives the name of a sheet already kept, whatever its case', () => {
    const taken = ['Shift_2026-11-28_X-1.pdf', 'shift_2026-11-28_X-1 (2).pdf'];
    expect(freeSheetName('shift_2026-11-28_X-1.pdf', taken)).toBe('shift_2026-11-28_X-1 (3).pdf');
  });
});

describe('listSheets', () => {
  const file = (name: string, modifiedAt: number, bytes = 1000) => ({ name, bytes, modifiedAt });

  it('lists the finished sheets newest first, with their kind and date', () => {
    const listed = listSheets([
      file('shift_2026-11-27_夜班_X-1.pdf', 1),
      file('patrol-record_2026-11-28_白班_X-3.pdf', 3),
      file('shift_2026-11-28_白班_X-2 (2).pdf', 2),
    ]);
    expect(listed.map((s) => [s.kind, s.date, s.name])).toEqual([
      ['patrol-record', '2026-11-28', 'patrol-record_2026-11-28_白班_X-3.pdf'],
      ['shift', '2026-11-28', 'shift_2026-11-28_白班_X-2 (2).pdf'],
      ['shift', '2026-11-27', 'shift_2026-11-27_夜班_X-1.pdf'],
    ]);
  });

  it('leaves out a write under way, an empty file and whatever else is in the folder', () => {
    const listed = listSheets([
      file('shift_2026-11-28_白班_X-2.pdf.tmp-1234', 5),
      file('shift_2026-11-28_白班_X-4.pdf', 6, 0),
      file('notes.txt', 7),
      file('report.pdf', 8),
      file('shift_2026-11-28_白班_X-5.pdf', 9),
    ]);
    expect(listed.map((s) => s.name)).toEqual(['shift_2026-11-28_白班_X-5.pdf']);
  });
});
