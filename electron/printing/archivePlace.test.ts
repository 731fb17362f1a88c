import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { archiveNameFor, listedSheetPath, sheetArchiveDir } from './archivePlace';

describe('sheetArchiveDir', () => {
  it('keeps each site in its own folder under the user-data folder', () => {
    expect(sheetArchiveDir('/home/op/.config/Cordon', '3f2a9c1e-0b7d')).toBe(
      path.join('/home/op/.config/Cordon', 'sheets', '3f2a9c1e-0b7d'),
    );
  });

  it('refuses an id that is not a plain folder name', () => {
    for (const id of ['', '.', '..', '../x', 'a/b', 'a\\b', '/etc', 'a b', '香樟苑', 'x'.repeat(65)]) {
      expect(() => sheetArchiveDir('/u', id), JSON.stringify(id)).toThrow(/not a site id/);
    }
  });
});

describe('archiveNameFor', () => {
  it("keeps the sheet's own name when it is free, and never the name of one kept", () => {
    const name = 'shift_2026-11-28_白班_XZY-0042.pdf';
    expect(archiveNameFor(name, [])).toBe(name);
    expect(archiveNameFor(name, [name])).toBe('shift_2026-11-28_白班_XZY-0042 (2).pdf');
    expect(archiveNameFor(name, [name.toUpperCase(), 'shift_2026-11-28_白班_XZY-0042 (2).pdf'])).toBe(
      'shift_2026-11-28_白班_XZY-0042 (3).pdf',
    );
  });
});

describe('listedSheetPath', () => {
  const listed = [{ name: 'shift_2026-11-28_X-1.pdf' }, { name: 'shift_2026-11-28_X-1 (2).pdf' }];

  it('gives the path of a listed sheet', () => {
    expect(listedSheetPath('/a/sheets/s1', 'shift_2026-11-28_X-1 (2).pdf', listed)).toBe(
      path.join('/a/sheets/s1', 'shift_2026-11-28_X-1 (2).pdf'),
    );
  });

  it('gives nothing for a name the listing does not have, however close', () => {
    for (const name of [
      '../s2/shift_2026-11-28_X-1.pdf',
      'SHIFT_2026-11-28_X-1.pdf',
      'shift_2026-11-28_X-1.pdf ',
      '',
    ]) {
      expect(listedSheetPath('/a/sheets/s1', name, listed), name).toBeNull();
    }
    expect(listedSheetPath('/a/sheets/s1', 'shift_2026-11-28_X-1.pdf', [])).toBeNull();
  });
});
