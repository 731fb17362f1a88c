import type { SheetKind } from '../../../shared/print/sheetFiles';
import { sheetKinds } from '../../../shared/print/sheetFiles';
import type { PrintParams } from './print/printParams';

export const logScopes = ['shift', 'day'] as const;
export type LogScope = (typeof logScopes)[number];

/** What the sheets screen is set to print: a document, its day, its shift and (for the log) its span. */
export interface SheetChoice {
  kind: SheetKind;
  date: string;
  /** A shift's id, or 'current' for the shift running now. */
  shift: string;
  scope: LogScope;
}

/** Whether the document covers one shift (and so needs one to be chosen). */
export const coversShift = (c: Pick<SheetChoice, 'kind' | 'scope'>): boolean =>
  c.kind === 'shift' || c.kind === 'patrol-record' || (c.kind === 'activity-log' && c.scope === 'shift');

/** The print route's parameters for a choice, with the shift resolved and the printed sheet's id. */
export function paramsOf(c: SheetChoice, shiftId: string | null, sheetId: string | null): Omit<PrintParams, 'dialog'> {
  return { kind: c.kind, shift: coversShift(c) ? shiftId : null, date: c.date, sheetId };
}

/**
 * The choice another screen asks for through the address (`#/sheets?doc=day-roster&date=…`,
 * `…&go=1` to print at once, as Ctrl+P does), over the screen's defaults.
 */
export function choiceFromAddress(hash: string, defaults: SheetChoice): { choice: SheetChoice; go: boolean } {
  const q = new URLSearchParams(hash.split('?')[1] ?? '');
  const kind = sheetKinds.find((k) => k === q.get('doc')) ?? defaults.kind;
  const date = /^\d{4}-\d{2}-\d{2}$/.test(q.get('date') ?? '') ? (q.get('date') ?? defaults.date) : defaults.date;
  const shift = /^[A-Za-z0-9-]{1,64}$/.test(q.get('shift') ?? '') ? (q.get('shift') ?? defaults.shift) : defaults.shift;
  const scope = logScopes.find((s) => s === q.get('scope')) ?? defaults.scope;
  return { choice: { kind, date, shift, scope }, go: q.get('go') === '1' };
}

/**
 * The shift a choice means among the day's: the one named, else the one running now when
 * it is that day's, else the day's first; null when the day has none.
 */
export function resolveShift<S extends { id: string }>(
  wanted: string,
  dayShifts: readonly S[],
  current: S | null,
): S | null {
  return dayShifts.find((s) => s.id === wanted) ?? dayShifts.find((s) => s.id === current?.id) ?? dayShifts[0] ?? null;
}
