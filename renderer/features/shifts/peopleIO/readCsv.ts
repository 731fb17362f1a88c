import type { SheetRow } from '../../../../shared/rules/peopleImport';
import { decodeText } from './decodeText';
import { blank, refuse, toSheet, type PeopleFile } from './peopleFile';

/** Control characters a text file has no use for (tab and line breaks are text), and U+FFFD. */
const NOT_TEXT = /(?![\t\n\r])[\p{Cc}\uFFFD]/gu;
/** JSON, HTML, XML or SVG: a people list's first cell never starts like these. */
const OTHER_FORMAT = /^\s*(<|\{|\[\s*[[{"\]])/;
/** Enough row numbers to find the damage by; the rest are the same damage. */
const SHOWN_ROWS = 5;

/**
 * A CSV (or tab-separated) people list as a table, or why not. Refused, with nothing
 * guessed: bytes that are not text; another program's file; a quote never closed (the
 * rest of the file would be one cell); characters that did not decode (the rows that
 * hold them, so the person can find them).
 */
export async function readCsv(data: Uint8Array): Promise<PeopleFile> {
  const { text: raw, encoding } = decodeText(data);
  // Random bytes decode to control characters and U+FFFD; a damaged list to a few of them.
  if ((raw.match(NOT_TEXT)?.length ?? 0) * 10 > raw.length) return refuse('unsupported');
  if (OTHER_FORMAT.test(raw)) return refuse('unsupported');
  // One line ending throughout: a file put together from several tools mixes them.
  const text = raw.replace(/\r\n?/g, '\n');
  const { default: Papa } = await import('papaparse');
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: false, newline: '\n' });
  const unclosed = parsed.errors.find((e) => e.code === 'MissingQuotes');
  if (unclosed) return refuse('broken-quotes', { rows: [(unclosed.row ?? 0) + 1] });
  const rows: SheetRow[] = [];
  const garbled: number[] = [];
  parsed.data.forEach((cells, i) => {
    if (cells.some((c) => c.includes('\uFFFD'))) garbled.push(i + 1);
    if (!blank(cells)) rows.push({ row: i + 1, cells });
  });
  if (garbled.length > 0) return refuse('garbled', { rows: garbled.slice(0, SHOWN_ROWS), count: garbled.length });
  return toSheet(rows, encoding);
}
