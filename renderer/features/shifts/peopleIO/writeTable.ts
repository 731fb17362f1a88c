import { neutraliseCell } from '../../../../shared/rules/cellSafety';

/** A table to save: one sheet, a header row, rows of text. */
export interface ExportTable {
  sheetName: string;
  header: readonly string[];
  rows: readonly (readonly string[])[];
}

export type ExportFormat = 'xlsx' | 'csv';

export const exportMime: Record<ExportFormat, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv',
};

/**
 * CSV as Excel and WPS open it without asking: UTF-8 with a byte order mark (without one,
 * Chinese Excel reads the bytes as GBK), CRLF line ends, every cell that would run as a
 * formula marked as text (cellSafety.ts).
 */
export async function toCsv(table: ExportTable): Promise<Uint8Array<ArrayBuffer>> {
  const { default: Papa } = await import('papaparse');
  const text = Papa.unparse([table.header.map(neutraliseCell), ...table.rows.map((r) => r.map(neutraliseCell))], {
    newline: '\r\n',
    quotes: false,
  });
  return new TextEncoder().encode(`\uFEFF${text}\r\n`);
}

/** An xlsx workbook of one sheet: header in bold and frozen, columns wide enough to read, cells as text. */
export async function toXlsx(table: ExportTable): Promise<Uint8Array<ArrayBuffer>> {
  const { default: ExcelJS } = await import('exceljs');
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet(table.sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.addRow(table.header.map(neutraliseCell)).font = { bold: true };
  for (const row of table.rows) sheet.addRow(row.map(neutraliseCell));
  table.header.forEach((h, i) => {
    const widest = Math.max(h.length, ...table.rows.map((r) => (r[i] ?? '').length));
    // CJK characters take two columns' width; 40 is wide enough for a note's start.
    sheet.getColumn(i + 1).width = Math.min(40, Math.max(8, widest * 2 + 2));
  });
  // A copy on an ArrayBuffer of its own, as the bridge's schema takes it (exceljs gives a Buffer in Node).
  return new Uint8Array(await book.xlsx.writeBuffer()).slice();
}

/** The file to save: `人员名单-香樟苑-2026-12-04.xlsx`, with what a file name may not hold taken out. */
export function exportFileName(base: string, format: ExportFormat): string {
  return `${base.replace(/[\\/:*?"<>|\0]/g, '_').slice(0, 180)}.${format}`;
}
