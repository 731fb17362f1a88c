import { utf8 } from './bytes';
import type { ZipEntry } from './zip';

/**
 * The smallest xlsx Excel, WPS and ExcelJS open: a content-types list, the package's
 * relationship to the workbook, the workbook naming one sheet, and that sheet, with its
 * text in the cells (inline strings) so no shared-strings part is needed.
 */

/** A cell: text, or a formula as Excel stores it (without the `=`). */
export type Cell = string | { formula: string };

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const RELS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const DOC_RELS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

export const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A column's letters: 0 is A, 25 is Z, 26 is AA. */
export function columnName(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

function cellXml(cell: Cell, ref: string): string {
  if (typeof cell === 'string') return `<c r="${ref}" t="inlineStr"><is><t>${escapeXml(cell)}</t></is></c>`;
  return `<c r="${ref}"><f>${escapeXml(cell.formula)}</f></c>`;
}

/** A worksheet's XML holding `rows` from A1. */
export function sheetXml(rows: readonly (readonly Cell[])[]): string {
  const body = rows
    .map((cells, r) => {
      const row = r + 1;
      return `<row r="${row}">${cells.map((c, i) => cellXml(c, `${columnName(i)}${row}`)).join('')}</row>`;
    })
    .join('');
  return `${DECL}<worksheet xmlns="${MAIN}"><sheetData>${body}</sheetData></worksheet>`;
}

export const contentTypesXml =
  `${DECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
  '<Default Extension="xml" ContentType="application/xml"/>' +
  '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
  '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' +
  '</Types>';

export const packageRelsXml =
  `${DECL}<Relationships xmlns="${RELS}">` +
  `<Relationship Id="rId1" Type="${DOC_RELS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`;

export const workbookXml = (sheets = '<sheet name="人员" sheetId="1" r:id="rId1"/>') =>
  `${DECL}<workbook xmlns="${MAIN}" xmlns:r="${DOC_RELS}"><sheets>${sheets}</sheets></workbook>`;

export const workbookRelsXml =
  `${DECL}<Relationships xmlns="${RELS}">` +
  `<Relationship Id="rId1" Type="${DOC_RELS}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`;

export interface XlsxParts {
  /** The sheet's XML, when it is not made from rows (a malformed one). */
  sheet?: string;
  workbook?: string;
  /** Parts left out. */
  without?: readonly string[];
  /** Entries put after the parts (a bomb, a stray file). */
  more?: readonly ZipEntry[];
}

/** The entries of an xlsx of `rows`, in the order Excel writes them, with the changes asked for. */
export function xlsxEntries(rows: readonly (readonly Cell[])[], parts: XlsxParts = {}): ZipEntry[] {
  const all: ZipEntry[] = [
    { name: '[Content_Types].xml', data: utf8(contentTypesXml) },
    { name: '_rels/.rels', data: utf8(packageRelsXml) },
    { name: 'xl/workbook.xml', data: utf8(parts.workbook ?? workbookXml()) },
    { name: 'xl/_rels/workbook.xml.rels', data: utf8(workbookRelsXml) },
    { name: 'xl/worksheets/sheet1.xml', data: utf8(parts.sheet ?? sheetXml(rows)) },
  ];
  const without = new Set(parts.without ?? []);
  return [...all.filter((e) => !without.has(e.name)), ...(parts.more ?? [])];
}
