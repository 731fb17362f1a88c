import type { EntranceLogEntry } from '../domain';

/** A line of the entrance log: one crossing, or a trip out and back shown as one. */
export type CrossingLine =
  { kind: 'crossing'; row: EntranceLogEntry } | { kind: 'trip'; out: EntranceLogEntry; back: EntranceLogEntry };

/**
 * The crossings of a period as the log lists them, newest first: a paired crossing and its
 * partner make one trip, placed at the later leg's time. A partner outside the period is
 * looked up in `partners` (by id), so a trip across midnight still reads as one.
 */
export function crossingLines(
  rows: readonly EntranceLogEntry[],
  partners: Readonly<Record<string, EntranceLogEntry>>,
): CrossingLine[] {
  const byId = new Map(rows.map((r) => [r.id, r]));
  const done = new Set<string>();
  const lines: { at: number; line: CrossingLine }[] = [];
  for (const row of rows) {
    if (done.has(row.id)) continue;
    const other = row.pairId === null ? undefined : (byId.get(row.pairId) ?? partners[row.pairId]);
    if (other === undefined || other.direction === row.direction) {
      lines.push({ at: row.at, line: { kind: 'crossing', row } });
      continue;
    }
    done.add(other.id);
    const [out, back] = row.direction === 'out' ? [row, other] : [other, row];
    lines.push({ at: Math.max(out.at, back.at), line: { kind: 'trip', out, back } });
  }
  return lines.sort((a, b) => b.at - a.at).map((l) => l.line);
}

/** How long a trip out may stay open before the list stops offering it: a day and a night. */
export const OPEN_TRIP_HOURS = 36;

/**
 * A crossing out that someone is expected back from: out, not yet paired, recent, and not
 * goods (samples and deliveries leave for good).
 */
export function isOpenTrip(row: EntranceLogEntry, now: number): boolean {
  return (
    row.direction === 'out' &&
    row.pairId === null &&
    row.subjectKind !== 'goods' &&
    row.at <= now &&
    now - row.at <= OPEN_TRIP_HOURS * 3_600_000
  );
}
