import type { CellValue } from 'exceljs';
import { MAX_IMPORT_ROWS, type Sheet, type SheetRow } from '../../../../shared/rules/peopleImport';
import { decodeText, type TextEncodingName } from './decodeText';

/** Far more than 10,000 rows of a people list take (about 1 MB as CSV, 0.5 MB as xlsx). */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

export type FileRefusal =
  'empty' | 'too-large' | 'not-xlsx' | 'xls' | 'unsupported' | 'unreadable' | 'no-rows' | 'too-many-rows';

export type PeopleFile =
  { ok: true; sheet: Sheet; format: 'xlsx' | TextEncodingName } | { ok: false; reason: FileRefusal; count?: number };

const startsWith = (data: Uint8Array, bytes: readonly number[]) => bytes.every((b, i) => data[i] === b);
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0];

/**
 * A people file read as a table, or why it cannot be: what the bytes are decides, not the
 * name, so a PDF renamed .xlsx is refused for what it is. Nothing is written here.
 */
export async function readPeopleFile(name: string, data: Uint8Array): Promise<PeopleFile> {
  if (data.byteLength === 0) return { ok: false, reason: 'empty' };
  if (data.byteLength > MAX_IMPORT_BYTES) return { ok: false, reason: 'too-large' };
  const xlsxName = /\.xlsx$/i.test(name);
  if (startsWith(data, ZIP)) return readXlsx(data);
  if (xlsxName) return { ok: false, reason: 'not-xlsx' };
  if (startsWith(data, OLE)) return { ok: false, reason: 'xls' };
  // Text has no NUL bytes; a PDF, an image or a program does (a PDF within its first kilobytes).
  if (data.subarray(0, 8192).includes(0) || startsWith(data, [0x25, 0x50, 0x44, 0x46])) {
    return { ok: false, reason: 'unsupported' };
  }
  return readCsv(data);
}

/** The sheet from the file's rows (row numbers as the spreadsheet shows them), or why not. */
function toSheet(rows: SheetRow[], format: 'xlsx' | TextEncodingName): PeopleFile {
  const [head, ...body] = rows;
  if (!head) return { ok: false, reason: 'empty' };
  if (body.length === 0) return { ok: false, reason: 'no-rows' };
  if (body.length > MAX_IMPORT_ROWS) return { ok: false, reason: 'too-many-rows', count: body.length };
  return { ok: true, sheet: { header: head.cells, rows: body }, format };
}

const blank = (cells: readonly string[]) => cells.every((c) => c.trim() === '');

async function readCsv(data: Uint8Array): Promise<PeopleFile> {
  const { text, encoding } = decodeText(data);
  const { default: Papa } = await import('papaparse');
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: false });
  const rows: SheetRow[] = [];
  parsed.data.forEach((cells, i) => {
    if (!blank(cells)) rows.push({ row: i + 1, cells });
  });
  return toSheet(rows, encoding);
}

async function readXlsx(data: Uint8Array): Promise<PeopleFile> {
  const { default: ExcelJS } = await import('exceljs');
  const book = new ExcelJS.Workbook();
  try {
    await book.xlsx.load(data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) as ArrayBuffer);
  } catch {
    return { ok: false, reason: 'unreadable' };
  }
  const sheet = book.worksheets[0];
  if (!sheet) return { ok: false, reason: 'empty' };
  const rows: SheetRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, number) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, column) => {
      cells[column - 1] = cellText(cell.value);
    });
    const filled = Array.from(cells, (c) => c ?? '');
    if (!blank(filled)) rows.push({ row: number, cells: filled });
  });
  return toSheet(rows, 'xlsx');
}

/**
 * A cell as text. A formula is given as its formula (`=HYPERLINK(…)`), never its result,
 * so the check sees it and refuses the row; a date is its local calendar day.
 */
function cellText(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ('formula' in value) return `=${value.formula}`;
  if ('sharedFormula' in value) return `=${value.sharedFormula}`;
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('text' in value) return typeof value.text === 'string' ? value.text : cellText(value.text);
  if ('error' in value) return value.error;
  return '';
}
