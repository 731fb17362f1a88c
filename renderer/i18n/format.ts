import type { Language } from '../../shared/domain';
import { localParts } from '../../shared/time/zoned';

/** Date and time display, always in the site's time zone and the UI's locale. */
const cache = new Map<string, Intl.DateTimeFormat>();

function fmt(locale: string, timeZone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${timeZone}|${JSON.stringify(options)}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, { timeZone, ...options });
    cache.set(key, f);
  }
  return f;
}

export const formatTime = (ms: number, locale: string, timeZone: string) =>
  fmt(locale, timeZone, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(ms);

export const formatClock = (ms: number, locale: string, timeZone: string) =>
  fmt(locale, timeZone, { hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' }).format(ms);

export const formatDate = (ms: number, locale: string, timeZone: string) =>
  fmt(locale, timeZone, { year: 'numeric', month: 'short', day: 'numeric', weekday: 'short' }).format(ms);

/** A day as a column head says it: "11月28日周日" / "Sun 28 Nov". */
export const formatShortDate = (ms: number, locale: string, timeZone: string) =>
  fmt(locale, timeZone, { month: 'short', day: 'numeric', weekday: 'short' }).format(ms);

export const formatDateTime = (ms: number, locale: string, timeZone: string) =>
  fmt(locale, timeZone, {
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(ms);

const numberFormats = new Map<string, Intl.NumberFormat>();
/** A measured number rounded to `digits` decimals at most, in the UI's locale (0.0625, not 0.06250000001). */
export const formatRounded = (n: number, digits: number, locale: string): string =>
  formatNumber(Number(n.toFixed(digits)), locale);

/** Numbers in the UI's locale; one formatter per locale (a table can format hundreds of numbers a render). */
export function formatNumber(n: number, locale: string): string {
  let f = numberFormats.get(locale);
  if (!f) {
    f = new Intl.NumberFormat(locale);
    numberFormats.set(locale, f);
  }
  return f.format(n);
}

/** The locale the UI formats dates and numbers in, for a UI language. */
export const localeOf = (language: Language): string => (language === 'zh-CN' ? 'zh-CN' : 'en-GB');

/**
 * Builds the formatters the header needs for the site's zone (the clock, the date, the
 * shift's local times) ahead of the first render: each takes milliseconds to tens of
 * milliseconds to build the first time, and at start-up the page has idle time to spare
 * while the store answers.
 */
export function warmDateFormats(language: Language, timeZone: string, now: number): void {
  const locale = localeOf(language);
  formatClock(now, locale, timeZone);
  formatDate(now, locale, timeZone);
  localParts(now, timeZone);
}
