/**
 * The names of printed sheets on disk, in the site's sheet archive: readable by a person
 * browsing the folder, safe on every file system the laptop may copy to (a FAT USB
 * stick too), and never the name of a sheet already kept, so no sheet is overwritten.
 */

export const sheetKinds = ['shift', 'day-roster', 'activity-log', 'patrol-record'] as const;
export type SheetKind = (typeof sheetKinds)[number];

export interface SheetFileFacts {
  kind: SheetKind;
  /** The site's local date the sheet covers, YYYY-MM-DD. */
  date: string;
  /** The sheet number, unique per site (e.g. XZY-0042). */
  sheetNumber: string;
  /** The shift's name, for a sheet of one shift. */
  shiftName?: string;
}

/** Longest name kept: within every file system's 255 bytes, with room for " (99)" and UTF-8's 3 bytes a character. */
const MAX_NAME_CHARS = 80;

/**
 * A part of a file name made safe: the characters Windows and FAT refuse, control
 * characters and path separators become "_", line breaks and runs of spaces one space, runs of dots one dot, and a
 * name cannot start with a dot (hidden) or end with a dot or space (Windows drops them).
 */
export function safeNamePart(text: string): string {
  const cleaned = text
    .normalize('NFC')
    .replace(/\s+/g, ' ')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f<>:"/\\|?*]/g, '_')
    .replace(/\.{2,}/g, '.')
    .trim()
    .replace(/^\.+/, '')
    .replace(/[. ]+$/, '');
  return graphemes(cleaned).slice(0, MAX_NAME_CHARS).join('');
}

/** A text's characters as a reader counts them (an emoji with its modifiers is one). */
function graphemes(text: string): string[] {
  return Array.from(new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text), (s) => s.segment);
}

/** The sheet's file name: kind, date, shift and number, so the folder sorts by date within each kind. */
export function sheetFileName(facts: SheetFileFacts): string {
  const parts = [facts.kind, facts.date, facts.shiftName, facts.sheetNumber]
    .filter((p): p is string => p !== undefined && p !== '')
    .map(safeNamePart)
    .filter((p) => p !== '');
  return `${parts.join('_')}.pdf`;
}

/**
 * `name`, or the first of "name (2).pdf", "name (3).pdf" … that no file in the archive
 * has (compared as the file system would on Windows and macOS: case-insensitively).
 */
export function freeSheetName(name: string, taken: Iterable<string>): string {
  const used = new Set([...taken].map((n) => n.toLowerCase()));
  if (!used.has(name.toLowerCase())) return name;
  const dot = name.toLowerCase().endsWith('.pdf') ? name.length - 4 : name.length;
  const stem = name.slice(0, dot);
  const ext = name.slice(dot);
  for (let n = 2; ; n++) {
    const candidate = `${stem} (${n})${ext}`;
    if (!used.has(candidate.toLowerCase())) return candidate;
  }
}

export interface ArchivedFile {
  name: string;
  bytes: number;
  modifiedAt: number;
}

export interface ArchivedSheet extends ArchivedFile {
  kind: SheetKind;
  date: string;
}

const archivedName = /^(shift|day-roster|activity-log|patrol-record)_(\d{4}-\d{2}-\d{2})_.+?(?: \(\d+\))?\.pdf$/i;

/**
 * The archive's listing from what the folder holds: only finished sheets (a PDF with a
 * name this app gives; temporary files of a write under way and anything else put
 * there are left out), newest first.
 */
export function listSheets(files: readonly ArchivedFile[]): ArchivedSheet[] {
  const sheets: ArchivedSheet[] = [];
  for (const f of files) {
    const m = archivedName.exec(f.name);
    const kind = sheetKinds.find((k) => k === m?.[1]?.toLowerCase());
    const date = m?.[2];
    if (kind === undefined || date === undefined || f.bytes === 0) continue;
    sheets.push({ ...f, kind, date });
  }
  return sheets.sort((a, b) => b.modifiedAt - a.modifiedAt || b.name.localeCompare(a.name));
}
