import type { CellValue } from 'exceljs';
import type { SheetRow } from '../../../../shared/rules/peopleImport';
import { checkXlsxZip } from './checkXlsxZip';
import { blank, refuse, toSheet, type PeopleFile } from './peopleFile';

/** A cell that says it is text but holds a number: it pointed past the file's shared strings. */
class DanglingString extends Error {}

/** The first sheet of an xlsx as a table, or why not. The zip is checked whole before ExcelJS reads it. */
export async function readXlsx(data: Uint8Array): Promise<PeopleFile> {
  const zip = await checkXlsxZip(data);
  if (!zip.ok) return refuse(zip.reason);
  const { default: ExcelJS } = await import('exceljs');
  const book = new ExcelJS.Workbook();
  const rows: SheetRow[] = [];
  try {
    await book.xlsx.load(data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) as ArrayBuffer);
    const sheet = book.worksheets[0];
    if (!sheet) return refuse('empty');
    sheet.eachRow({ includeEmpty: false }, (row, number) => {
      const cells: string[] = [];
      row.eachCell({ includeEmpty: true }, (cell, column) => {
        if (cell.type === ExcelJS.ValueType.String && typeof cell.value !== 'string') throw new DanglingString();
        cells[column - 1] = cellText(cell.value);
      });
      const filled = Array.from(cells, (c) => c ?? '');
      if (!blank(filled)) rows.push({ row: number, cells: filled });
    });
  } catch {
    // ExcelJS throws on XML it cannot parse and on parts that do not fit together.
    return refuse('unreadable');
  }
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
