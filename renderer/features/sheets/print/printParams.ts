import { sheetKinds, type SheetKind } from '../../../../shared/print/sheetFiles';

/**
 * What a print route asks for, read from its address (`#/print/shift?shift=current`,
 * `#/print/day-roster?date=2021-11-26&sheet=<id>`): the document, its shift or day, and
 * the printed sheet it is (whose number and time the header shows), if any. `dialog`
 * says the browser host opened it to print, so the page opens the print dialog once ready.
 */
export interface PrintParams {
  kind: SheetKind;
  /** A shift's id, or 'current' for the shift running now; null for a sheet of a day. */
  shift: string | null;
  /** A local date, YYYY-MM-DD; null for "the shift's day" or "today". */
  date: string | null;
  sheetId: string | null;
  dialog: boolean;
}

const ID = /^[A-Za-z0-9-]{1,64}$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The print route's parameters, or null when the address is not a print route this app makes. */
export function readPrintParams(hash: string): PrintParams | null {
  const [path = '', query = ''] = hash.replace(/^#/, '').split('?');
  const match = /^\/print\/([a-z-]+)$/.exec(path);
  const kind = sheetKinds.find((k) => k === match?.[1]);
  if (!kind) return null;
  const q = new URLSearchParams(query);
  const shift = q.get('shift');
  const date = q.get('date');
  const sheetId = q.get('sheet');
  if (shift !== null && shift !== 'current' && !ID.test(shift)) return null;
  if (date !== null && !DATE.test(date)) return null;
  if (sheetId !== null && !ID.test(sheetId)) return null;
  const needsShift = kind === 'shift' || kind === 'patrol-record';
  return {
    kind,
    shift: needsShift ? (shift ?? 'current') : kind === 'activity-log' ? shift : null,
    date,
    sheetId,
    dialog: q.get('print') === 'dialog',
  };
}

/** The address of a print route, as the sheets screen and the hosts open it. */
export function printRoute(p: Omit<PrintParams, 'dialog'>): string {
  const q = new URLSearchParams();
  if (p.shift !== null) q.set('shift', p.shift);
  if (p.date !== null) q.set('date', p.date);
  if (p.sheetId !== null) q.set('sheet', p.sheetId);
  const query = q.toString();
  return `/print/${p.kind}${query ? `?${query}` : ''}`;
}
