import { MAX_IMPORT_ROWS, type Sheet, type SheetRow } from '../../../../shared/rules/peopleImport';
import type { TextEncodingName } from './decodeText';

/** Far more than 10,000 rows of a people list take (about 1 MB as CSV, 0.5 MB as xlsx). */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

/**
 * A people list has a dozen columns, a department's register a few dozen: a sheet wider
 * than this is another kind of table, and its preview would be a page of thousands of
 * column pickers.
 */
export const MAX_IMPORT_COLUMNS = 200;

export type FileRefusal =
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
  | 'broken-quotes';

/** Why a file is not read; `count` for the limits, `rows` for the rows where the damage is. */
export interface Refused {
  ok: false;
  reason: FileRefusal;
  count?: number;
  rows?: readonly number[];
}

export type PeopleFile = { ok: true; sheet: Sheet; format: 'xlsx' | TextEncodingName } | Refused;

export const refuse = (reason: FileRefusal, more: Omit<Refused, 'ok' | 'reason'> = {}): Refused => ({
  ok: false,
  reason,
  ...more,
});

/** Columns up to the last one with something in it: empty cells after it do not count. */
function filledWidth(cells: readonly string[]): number {
  for (let i = cells.length - 1; i >= 0; i--) if ((cells[i] ?? '').trim() !== '') return i + 1;
  return 0;
}

/** The sheet from the file's rows (row numbers as the spreadsheet shows them), or why not. */
export function toSheet(rows: SheetRow[], format: 'xlsx' | TextEncodingName): PeopleFile {
  const [head, ...body] = rows;
  if (!head) return refuse('empty');
  let width = 0;
  for (const r of rows) width = Math.max(width, filledWidth(r.cells));
  if (width > MAX_IMPORT_COLUMNS) return refuse('too-many-columns', { count: width });
  if (body.length === 0) return refuse('no-rows');
  if (body.length > MAX_IMPORT_ROWS) return refuse('too-many-rows', { count: body.length });
  return { ok: true, sheet: { header: head.cells, rows: body }, format };
}

export const blank = (cells: readonly string[]) => cells.every((c) => c.trim() === '');
