import type { BadFile } from './types';
import { xlsxEntries, type Cell } from './xlsx';
import { writeZip } from './zip';

/**
 * What the bad people lists (xlsx and CSV) are made with. Their reasons are the people
 * importer's own (renderer/features/shifts/peopleIO/peopleFile.ts), plus two the dialog
 * gives once a file is read: no column is the name, or no row can be imported.
 */
export type PeopleReason =
  | 'empty'
  | 'too-large'
  | 'not-xlsx'
  | 'xls'
  | 'unsupported'
  | 'unreadable'
  | 'no-rows'
  | 'too-many-rows'
  | 'too-many-columns'
  | 'garbled'
  | 'broken-quotes'
  | 'no-name-column'
  | 'no-good-rows';

export type PeopleFile = BadFile<PeopleReason>;

export const HEADER = ['姓名', '电话', '单位', '工作组', '预备队', '备注'];
export const MB = 1024 * 1024;

/** A CSV as Excel writes it: fields quoted when they hold a comma, a quote or a line break. */
export function csvText(rows: readonly (readonly string[])[], eol = '\r\n'): string {
  const field = (v: string) => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  return rows.map((r) => r.map(field).join(',')).join(eol) + eol;
}

/**
 * People no other case names: every accepted file adds people of its own, so one case's
 * import never makes the next one's rows duplicates.
 */
function makeNames() {
  let file = 0;
  return (count: number): string[][] => {
    file += 1;
    const tag = String(file).padStart(2, '0');
    return Array.from({ length: count }, (_, i) => [
      `坏文件${tag}号${i + 1}`,
      `139${tag}00${String(i + 1).padStart(4, '0')}`,
      '志愿者',
      '',
      '否',
      '',
    ]);
  };
}

export const xlsxOf = (rows: readonly (readonly Cell[])[], parts?: Parameters<typeof xlsxEntries>[1]) =>
  writeZip(xlsxEntries(rows, parts));

/** Where the cases go, and the people no other case names. */
export interface PeopleCollector {
  refused: (name: string, fileName: string, bytes: Uint8Array, reason: PeopleReason) => void;
  accepted: (name: string, fileName: string, bytes: Uint8Array, adds: number, shows?: readonly string[]) => void;
  names: (count: number) => string[][];
}

export function collector(): PeopleCollector & { cases: PeopleFile[] } {
  const cases: PeopleFile[] = [];
  return {
    cases,
    names: makeNames(),
    refused: (name, fileName, bytes, reason) => cases.push({ name, fileName, bytes, expect: 'refused', reason }),
    accepted: (name, fileName, bytes, adds, shows = []) =>
      cases.push({ name, fileName, bytes, expect: 'accepted-as-text', adds, shows }),
  };
}
