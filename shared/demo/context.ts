import type { Language } from '../domain';
import { addDays, localDate, zonedInstant } from '../time/zoned';
import { createRng, defaultSeed, idFactory, type IdFactory, type Rng } from './random';
import { tr, type L10n } from './text';

/** The demo site's time zone: Shanghai. */
export const siteTimeZone = 'Asia/Shanghai';
/** The compound was sealed at 01:30 local time. */
export const closureMinute = 90;

/** What every part of a build shares: who reads it, when "now" is, where ids come from. */
export interface BuildContext {
  language: Language;
  timeZone: string;
  now: number;
  /** Local date of the day the compound was sealed. */
  closureDate: string;
  closureStart: number;
  siteId: string;
  newId: IdFactory;
  rng: Rng;
  /** The text in the build's language. */
  t: (text: L10n) => string;
  /** The instant of a local time, `day` days after the closure date. */
  at(day: number, minuteOfDay: number): number;
}

export interface ContextOptions {
  now: number;
  language: Language;
  seed?: number;
  /**
   * Mixed into the ids only: each seeding of the store passes its own, so a reset demo
   * never reuses the ids (and so the audit history) of the one it replaced.
   */
  idSalt?: string;
  /** How many local days before now's local date the compound was sealed (demo: 1). */
  closureDaysBefore: number;
}

export function createContext({
  now,
  language,
  seed = defaultSeed,
  idSalt,
  closureDaysBefore,
}: ContextOptions): BuildContext {
  if (!Number.isFinite(now) || now < 0) throw new RangeError('now must be a timestamp');
  const timeZone = siteTimeZone;
  const closureDate = addDays(localDate(now, timeZone), -closureDaysBefore);
  const newId = idFactory(idSalt === undefined ? seed : `${seed}:${idSalt}`);
  return {
    language,
    timeZone,
    now: Math.trunc(now),
    closureDate,
    closureStart: zonedInstant(closureDate, closureMinute, timeZone),
    siteId: newId(),
    newId,
    rng: createRng(seed >>> 0),
    t: (text) => tr(text, language),
    at: (day, minute) => zonedInstant(addDays(closureDate, day), minute, timeZone),
  };
}

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
