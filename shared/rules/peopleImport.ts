import type { PersonUnit } from '../domain/people';
import { cleanName, cleanText } from '../domain/text';
import { looksLikeFormula, unmarkCell } from './cellSafety';
import { isPhone, phoneKey, reserveOfCell, unitOfLabel, type ColumnMapping, type ImportField } from './peopleColumns';

/**
 * Checks the rows of a people file before anything is written: which rows can be
 * imported, and for every other one its row number (as the spreadsheet numbers it: the
 * header is row 1) and why not. The operator imports the good rows or none.
 */

/** More rows than a compound's guard list ever has: a bigger file is the wrong file. */
export const MAX_IMPORT_ROWS = 10_000;

/** One row of the file: its number as the spreadsheet shows it, and its cells as text. */
export interface SheetRow {
  row: number;
  cells: readonly string[];
}

/** A file read as a table: the header row and the rows under it that are not blank. */
export interface Sheet {
  header: readonly string[];
  rows: readonly SheetRow[];
}

export type RowProblem =
  | 'no-name'
  | 'phone'
  | 'unknown-group'
  | 'reserve'
  | 'formula'
  | 'too-long'
  | 'duplicate-existing'
  | 'duplicate-in-file';

/** A person as a good row gives them, before the store gives them an id and a group id. */
export interface ImportPerson {
  row: number;
  name: string;
  phone: string;
  unit: PersonUnit;
  /** The group's name as the file writes it; '' for none. */
  groupName: string;
  role: string;
  /** From the reserve column; null when the file leaves it empty (the group's side decides). */
  reserve: boolean | null;
  notes: string;
}

export interface BadRow {
  row: number;
  name: string;
  problems: RowProblem[];
  /** For a duplicate within the file: the row it repeats. */
  firstRow?: number;
}

export interface ImportCheck {
  good: ImportPerson[];
  bad: BadRow[];
  /** Groups the file names that the site does not have, in the order they first appear. */
  unknownGroups: string[];
  /** The unknown groups the good rows need: created by the import when the operator agrees. */
  newGroups: string[];
}

export interface ImportContext {
  /** The site's people, stood down included: a row with the same name and phone is one of them. */
  existing: readonly { name: string; phone: string }[];
  groupNames: readonly string[];
  /** Whether groups the site lacks are created (the operator agreed) or their rows refused. */
  createGroups: boolean;
}

const LIMITS: Record<ImportField, number> = {
  name: 120,
  phone: 32,
  unit: 200,
  group: 120,
  role: 80,
  reserve: 20,
  notes: 1000,
};

/** A group's name as compared: 'Team B' is 'team b'. */
export const groupKey = (name: string) => cleanName(name).toLowerCase();
/** Who a person is, for duplicates: the name (any case) and the phone's digits. */
export const personKey = (name: string, phone: string) => `${cleanName(name).toLowerCase()}\u0000${phoneKey(phone)}`;

/** The row's cells by field, with the export's apostrophe marks taken off and invisible characters out. */
function fieldsOf(cells: readonly string[], mapping: ColumnMapping): Record<ImportField, string> {
  const out: Record<ImportField, string> = {
    name: '',
    phone: '',
    unit: '',
    group: '',
    role: '',
    reserve: '',
    notes: '',
  };
  mapping.forEach((field, i) => {
    if (field === null) return;
    const raw = unmarkCell(cells[i] ?? '');
    out[field] = field === 'notes' ? cleanText(raw) : cleanName(raw);
  });
  return out;
}

export function checkImport(sheet: Sheet, mapping: ColumnMapping, ctx: ImportContext): ImportCheck {
  const groups = new Set(ctx.groupNames.map(groupKey));
  const existing = new Set(ctx.existing.map((p) => personKey(p.name, p.phone)));
  const seen = new Map<string, number>();
  const unknown = new Map<string, string>();
  const needed = new Map<string, string>();
  const good: ImportPerson[] = [];
  const bad: BadRow[] = [];

  for (const { row, cells } of sheet.rows) {
    const f = fieldsOf(cells, mapping);
    const problems: RowProblem[] = [];
    if (!f.name) problems.push('no-name');
    if (!isPhone(f.phone)) problems.push('phone');
    const reserve = reserveOfCell(f.reserve);
    if (reserve === undefined) problems.push('reserve');
    if (Object.values(f).some(looksLikeFormula)) problems.push('formula');
    if ((Object.keys(LIMITS) as ImportField[]).some((k) => f[k].length > LIMITS[k])) problems.push('too-long');
    const newGroup = f.group !== '' && !groups.has(groupKey(f.group));
    if (newGroup && !unknown.has(groupKey(f.group))) unknown.set(groupKey(f.group), f.group);
    if (newGroup && !ctx.createGroups) problems.push('unknown-group');

    let firstRow: number | undefined;
    if (f.name) {
      const key = personKey(f.name, f.phone);
      if (existing.has(key)) problems.push('duplicate-existing');
      firstRow = seen.get(key);
      if (firstRow === undefined) seen.set(key, row);
      else problems.push('duplicate-in-file');
    }

    if (problems.length > 0) {
      bad.push({ row, name: f.name, problems, ...(firstRow === undefined ? {} : { firstRow }) });
      continue;
    }
    if (newGroup && !needed.has(groupKey(f.group))) needed.set(groupKey(f.group), f.group);
    good.push({
      row,
      name: f.name,
      phone: f.phone,
      unit: unitOfLabel(f.unit),
      groupName: f.group,
      role: f.role,
      reserve: reserve ?? null,
      notes: f.notes,
    });
  }
  return { good, bad, unknownGroups: [...unknown.values()], newGroups: [...needed.values()] };
}
