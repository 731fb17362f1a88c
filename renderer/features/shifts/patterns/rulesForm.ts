import type { ShiftRules } from '../../../../shared/domain';
import type { MessageKey } from '../../../i18n/translate';

/** The board's thresholds as typed: rest and hours in hours, the grace in minutes. */
export interface RulesValues {
  minRestHours: string;
  maxHoursPer24h: string;
  lateGraceMinutes: string;
}
export type RulesErrors = Partial<Record<keyof RulesValues, MessageKey>>;

export const rulesValuesOf = (r: ShiftRules): RulesValues => ({
  minRestHours: String(r.minRestMinutes / 60),
  maxHoursPer24h: String(r.maxMinutesPer24h / 60),
  lateGraceMinutes: String(r.lateGraceMinutes),
});

const number = (s: string) => (s.trim() === '' ? NaN : Number(s.trim().replace(',', '.')));

/**
 * Reads the thresholds, refusing what can only be a slip, with the range in the message:
 * a rest of 0–24 hours, at most 1–24 hours of work in 24 hours, a grace of 0–120 minutes.
 */
export function readRules(v: RulesValues): { rules: ShiftRules } | { errors: RulesErrors } {
  const rest = number(v.minRestHours);
  const max = number(v.maxHoursPer24h);
  const grace = number(v.lateGraceMinutes);
  const errors: RulesErrors = {};
  if (!(rest >= 0 && rest <= 24)) errors.minRestHours = 'patterns.error.rest';
  if (!(max >= 1 && max <= 24)) errors.maxHoursPer24h = 'patterns.error.maxHours';
  if (!(grace >= 0 && grace <= 120 && Number.isInteger(grace))) errors.lateGraceMinutes = 'patterns.error.grace';
  if (Object.keys(errors).length > 0) return { errors };
  return {
    rules: { minRestMinutes: Math.round(rest * 60), maxMinutesPer24h: Math.round(max * 60), lateGraceMinutes: grace },
  };
}
