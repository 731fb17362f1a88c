import type { CheckpointOrder, PatrolRoute, PatrolRules } from '../../../../shared/domain';
import type { MessageKey } from '../../../i18n/translate';
import type { RouteFields } from './commands';

/** A route's settings as typed in its form. */
export interface RouteValues {
  name: string;
  timetable: 'interval' | 'fixed';
  intervalMinutes: string;
  /** Fixed times as typed, separated by commas, spaces or 、. */
  fixedTimes: string;
  expectedMinutes: string;
  people: string;
  order: CheckpointOrder;
  active: boolean;
}
export type RouteErrors = Partial<Record<keyof RouteValues, MessageKey>>;

export const blankRoute: RouteValues = {
  name: '',
  timetable: 'interval',
  intervalMinutes: '60',
  fixedTimes: '08:00, 14:00, 22:00',
  expectedMinutes: '25',
  people: '2',
  order: 'fixed',
  active: true,
};

export const routeValuesOf = (r: PatrolRoute): RouteValues => ({
  name: r.name,
  timetable: r.fixedTimes.length > 0 ? 'fixed' : 'interval',
  intervalMinutes: String(r.intervalMinutes),
  fixedTimes: r.fixedTimes.length > 0 ? r.fixedTimes.join(', ') : blankRoute.fixedTimes,
  expectedMinutes: String(r.expectedMinutes),
  people: String(r.people),
  order: r.order,
  active: r.active,
});

const whole = (s: string) => (/^\s*\d+\s*$/.test(s) ? Number(s.trim()) : NaN);

/** "8:00, 14:00 22:00" as sorted "HH:mm" without repeats, or null when one of them is no time of day. */
export function readTimes(s: string): string[] | null {
  const parts = s.split(/[\s,，、;；]+/).filter((p) => p !== '');
  const times: string[] = [];
  for (const p of parts) {
    const m = /^(\d{1,2})[:：](\d{2})$/.exec(p);
    const h = Number(m?.[1]);
    const min = Number(m?.[2]);
    if (!m || h > 23 || min > 59) return null;
    times.push(`${String(h).padStart(2, '0')}:${String(min).padStart(2, '0')}`);
  }
  return [...new Set(times)].sort();
}

/**
 * Reads a route's form, refusing with a message per field: an interval of 5–1440 minutes,
 * 1–96 fixed times of day, an expected duration of 1–1440 minutes, 1–20 people.
 */
export function readRoute(v: RouteValues, fallbackInterval = 60): { fields: RouteFields } | { errors: RouteErrors } {
  const errors: RouteErrors = {};
  const name = v.name.trim();
  if (name === '') errors.name = 'patrolRoutes.error.name';
  const interval = whole(v.intervalMinutes);
  const times = readTimes(v.fixedTimes);
  if (v.timetable === 'interval' && !(interval >= 5 && interval <= 1440))
    errors.intervalMinutes = 'patrolRoutes.error.interval';
  if (v.timetable === 'fixed' && (times === null || times.length === 0 || times.length > 96))
    errors.fixedTimes = 'patrolRoutes.error.times';
  const expected = whole(v.expectedMinutes);
  if (!(expected >= 1 && expected <= 1440)) errors.expectedMinutes = 'patrolRoutes.error.expected';
  const people = whole(v.people);
  if (!(people >= 1 && people <= 20)) errors.people = 'patrolRoutes.error.people';
  if (Object.keys(errors).length > 0) return { errors };
  const fixed = v.timetable === 'fixed';
  return {
    fields: {
      name,
      // A fixed timetable keeps the interval it had, so switching back finds it again.
      intervalMinutes: fixed ? (interval >= 5 && interval <= 1440 ? interval : fallbackInterval) : interval,
      fixedTimes: fixed ? (times ?? []) : [],
      expectedMinutes: expected,
      people,
      order: v.order,
      active: v.active,
    },
  };
}

/** The site's allowances as typed. */
export interface AllowanceValues {
  startGraceMinutes: string;
  overrunGraceMinutes: string;
}
export type AllowanceErrors = Partial<Record<keyof AllowanceValues, MessageKey>>;

export const allowanceValuesOf = (r: PatrolRules): AllowanceValues => ({
  startGraceMinutes: String(r.startGraceMinutes),
  overrunGraceMinutes: String(r.overrunGraceMinutes),
});

/** Reads the allowances, each a whole number of minutes from 0 to 120. */
export function readAllowances(v: AllowanceValues): { rules: PatrolRules } | { errors: AllowanceErrors } {
  const start = whole(v.startGraceMinutes);
  const overrun = whole(v.overrunGraceMinutes);
  const errors: AllowanceErrors = {};
  if (!(start >= 0 && start <= 120)) errors.startGraceMinutes = 'patrolRoutes.error.startGrace';
  if (!(overrun >= 0 && overrun <= 120)) errors.overrunGraceMinutes = 'patrolRoutes.error.overrunGrace';
  if (Object.keys(errors).length > 0) return { errors };
  return { rules: { startGraceMinutes: start, overrunGraceMinutes: overrun } };
}
