import { localDate, localTime, zonedInstant } from '../../../shared/time/zoned';
import { formatDateTime, formatTime } from '../../i18n/format';

const dayFormats = new Map<string, Intl.DateTimeFormat>();

/** A site-local date ("2022-04-02") as "4月2日" / "Apr 2": it is already in the site's zone. */
export function formatDay(date: string, locale: string): string {
  let f = dayFormats.get(locale);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, { month: 'short', day: 'numeric', timeZone: 'UTC' });
    dayFormats.set(locale, f);
  }
  return f.format(Date.parse(`${date}T00:00:00Z`));
}

/** "4月1日 01:30–03:00", or both ends in full when they fall on different days; "" when neither is known. */
export function formatSpan(start: number | null, end: number | null, locale: string, timeZone: string): string {
  // Each end stays on one line; a narrow column breaks only at the dash.
  const keep = (text: string) => text.replace(/ /g, '\u00a0');
  const full = (ms: number) => keep(formatDateTime(ms, locale, timeZone));
  if (start === null) return end === null ? '' : `– ${full(end)}`;
  if (end === null) return `${full(start)} –`;
  const sameDay = localDate(start, timeZone) === localDate(end, timeZone);
  return `${full(start)} – ${sameDay ? keep(formatTime(end, locale, timeZone)) : full(end)}`;
}

/** The value of a datetime-local input, in the site's zone (not the laptop's). */
export function toInputValue(ms: number | null, timeZone: string): string {
  return ms === null ? '' : `${localDate(ms, timeZone)}T${localTime(ms, timeZone)}`;
}

/** A datetime-local value read in the site's zone: null when empty, NaN when not a full date and time. */
export function fromInputValue(value: string, timeZone: string): number | null {
  if (value.trim() === '') return null;
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})/.exec(value);
  if (!m?.[1]) return Number.NaN;
  return zonedInstant(m[1], Number(m[2]) * 60 + Number(m[3]), timeZone);
}
