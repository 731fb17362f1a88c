import type { ShiftPattern, ShiftSlot } from '../../../../shared/domain';
import { cleanName } from '../../../../shared/domain/text';
import type { MessageKey } from '../../../i18n/translate';

/** A slot as typed: a name, a start as "HH:MM", a length in hours ("8", "7.5"). */
export interface SlotValues {
  name: string;
  start: string;
  hours: string;
}
export interface PatternValues {
  name: string;
  slots: SlotValues[];
}
export type PatternErrors = { name?: MessageKey; slots: Array<Partial<Record<keyof SlotValues, MessageKey>>> };

const pad = (n: number) => String(n).padStart(2, '0');
const hhmm = (minute: number) => `${pad(Math.floor(minute / 60))}:${pad(minute % 60)}`;

export function patternValuesOf(pattern: Pick<ShiftPattern, 'name' | 'slots'>): PatternValues {
  return {
    name: pattern.name,
    slots: pattern.slots.map((s) => ({
      name: s.name,
      start: hhmm(s.startMinute),
      hours: String(s.durationMinutes / 60),
    })),
  };
}

/** The patterns a new one starts from: the demo's three of 8 hours, two of 12, or one slot to fill in. */
export function patternTemplate(
  kind: 'three' | 'two' | 'blank',
  names: { night: string; day: string; evening: string },
): PatternValues {
  const slots =
    kind === 'three'
      ? [
          { name: names.night, start: '00:00', hours: '8' },
          { name: names.day, start: '08:00', hours: '8' },
          { name: names.evening, start: '16:00', hours: '8' },
        ]
      : kind === 'two'
        ? [
            { name: names.day, start: '08:00', hours: '12' },
            { name: names.night, start: '20:00', hours: '12' },
          ]
        : [{ name: '', start: '08:00', hours: '8' }];
  return { name: '', slots };
}

/**
 * Reads the form, with a message per field for what a person can get wrong: a slot with no
 * name, a start that is not a time of day, a length under half an hour or over 24 hours.
 * A slot may cross midnight (22:00 for 10 hours ends at 08:00 the next day).
 */
export function readPattern(v: PatternValues): { name: string; slots: ShiftSlot[] } | { errors: PatternErrors } {
  const errors: PatternErrors = { slots: v.slots.map(() => ({})) };
  let bad = false;
  if (cleanName(v.name) === '') {
    errors.name = 'patterns.error.nameRequired';
    bad = true;
  }
  if (v.slots.length === 0) bad = true;
  const slots = v.slots.map((s, i): ShiftSlot => {
    const e = errors.slots[i] ?? {};
    const time = /^(\d{1,2}):(\d{2})$/.exec(s.start.trim());
    const startMinute = time ? Number(time[1]) * 60 + Number(time[2]) : NaN;
    const hours = Number(s.hours.trim().replace(',', '.'));
    const durationMinutes = Math.round(hours * 60);
    if (cleanName(s.name) === '') e.name = 'patterns.error.slotName';
    if (!time || Number(time[1]) > 23 || Number(time[2]) > 59) e.start = 'patterns.error.start';
    if (s.hours.trim() === '' || !Number.isFinite(hours) || durationMinutes < 30 || durationMinutes > 24 * 60)
      e.hours = 'patterns.error.hours';
    if (Object.keys(e).length > 0) bad = true;
    return { name: s.name, startMinute, durationMinutes };
  });
  return bad ? { errors } : { name: v.name, slots };
}
