/**
 * Calendar arithmetic in a site's time zone, with Intl only (no DOM, no library):
 * shifts start at local midnight, 08:00 and 16:00 whatever the laptop's own zone is.
 */

const partsFormatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = partsFormatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    partsFormatters.set(timeZone, f);
  }
  return f;
}

export interface LocalParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

export function localParts(ms: number, timeZone: string): LocalParts {
  const out: Record<string, number> = {};
  for (const p of formatterFor(timeZone).formatToParts(new Date(ms))) {
    if (p.type !== 'literal') out[p.type] = Number(p.value);
  }
  return {
    year: out.year ?? 1970,
    month: out.month ?? 1,
    day: out.day ?? 1,
    hour: (out.hour ?? 0) % 24,
    minute: out.minute ?? 0,
    second: out.second ?? 0,
  };
}

/** Offset of the zone from UTC at that instant, in milliseconds. */
export function zoneOffsetMs(ms: number, timeZone: string): number {
  const p = localParts(ms, timeZone);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return asUtc - Math.floor(ms / 1000) * 1000;
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** "YYYY-MM-DD" of the instant in the zone. */
export function localDate(ms: number, timeZone: string): string {
  const p = localParts(ms, timeZone);
  return `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)}`;
}

/** "HH:mm" of the instant in the zone. */
export function localTime(ms: number, timeZone: string): string {
  const p = localParts(ms, timeZone);
  return `${pad(p.hour)}:${pad(p.minute)}`;
}

/** "YYYY-MM-DD-HHmm": for file names that sort by time. */
export function localStamp(ms: number, timeZone: string): string {
  const p = localParts(ms, timeZone);
  return `${localDate(ms, timeZone)}-${pad(p.hour)}${pad(p.minute)}`;
}

function parseDate(date: string): [number, number, number] {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) throw new RangeError(`not a local date: ${date}`);
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

/** The instant of a wall-clock time on a local date in the zone. */
export function zonedInstant(date: string, minuteOfDay: number, timeZone: string): number {
  const [y, mo, d] = parseDate(date);
  const guess = Date.UTC(y, mo - 1, d, 0, minuteOfDay, 0);
  // Two passes settle the offset also on days where it changes (DST zones).
  let ms = guess - zoneOffsetMs(guess, timeZone);
  ms = guess - zoneOffsetMs(ms, timeZone);
  return ms;
}

/** The instant the local day of `ms` began (its midnight in `timeZone`). */
export function startOfLocalDay(ms: number, timeZone: string): number {
  return zonedInstant(localDate(ms, timeZone), 0, timeZone);
}

/** The instant the local day after that of `ms` begins: not always 24 hours on, where clocks change. */
export function startOfNextLocalDay(ms: number, timeZone: string): number {
  return zonedInstant(addDays(localDate(ms, timeZone), 1), 0, timeZone);
}

export function addDays(date: string, days: number): string {
  const [y, mo, d] = parseDate(date);
  const t = new Date(Date.UTC(y, mo - 1, d + days));
  return `${pad(t.getUTCFullYear(), 4)}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}`;
}

export function minuteOfDay(ms: number, timeZone: string): number {
  const p = localParts(ms, timeZone);
  return p.hour * 60 + p.minute;
}
