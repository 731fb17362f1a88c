import { personUnits, type Person, type PersonUnit } from '../../../../shared/domain';
import { cleanName } from '../../../../shared/domain/text';
import type { MessageKey } from '../../../i18n/translate';
import type { PersonFields } from './commands';

/** The form as typed: strings and a box, so a half-filled or wrong form keeps exactly what was entered. */
export interface PersonFormValues {
  name: string;
  phone: string;
  /** '' until a unit is chosen: a new person's unit is asked for, never guessed. */
  unit: PersonUnit | '';
  /** '' for no group. */
  groupId: string;
  role: string;
  reserve: boolean;
  notes: string;
}

export type PersonFormErrors = Partial<Record<keyof PersonFormValues, MessageKey>>;

/** What a new person starts with: the group and reserve mark the list is filtered on, if any. */
export interface PersonPreset {
  groupId?: string | undefined;
  reserve?: boolean | undefined;
}

export function personFormValues(person: Person | null, preset: PersonPreset = {}): PersonFormValues {
  return {
    name: person?.name ?? '',
    phone: person?.phone ?? '',
    unit: person?.unit ?? '',
    groupId: person ? (person.groupId ?? '') : (preset.groupId ?? ''),
    role: person?.role ?? '',
    reserve: person ? person.reserve : (preset.reserve ?? false),
    notes: person?.notes ?? '',
  };
}

const PHONE = /^[0-9+\-\s()]*$/;
/** Whether a select's value is one of the units (not the empty choice). */
export const isUnit = (u: string): u is PersonUnit => (personUnits as readonly string[]).includes(u);

/**
 * Checks what a person can get wrong before anything is sent, with a message per field;
 * the command checks again with the schema (lengths, the group), as the last word.
 */
export function readPersonForm(v: PersonFormValues): { fields: PersonFields } | { errors: PersonFormErrors } {
  const errors: PersonFormErrors = {};
  // Cleaned as the schema cleans, so a name of invisible characters is asked for here, beside the field.
  if (cleanName(v.name) === '') errors.name = 'people.error.nameRequired';
  const phone = v.phone.trim();
  if (!PHONE.test(phone)) errors.phone = 'people.error.phone';
  else if (phone.length > 32) errors.phone = 'people.error.phoneLong';
  if (!isUnit(v.unit)) errors.unit = 'people.error.unitRequired';
  if (Object.keys(errors).length > 0 || !isUnit(v.unit)) return { errors };
  return {
    fields: {
      name: v.name,
      phone,
      unit: v.unit,
      groupId: v.groupId === '' ? null : v.groupId,
      role: v.role,
      reserve: v.reserve,
      notes: v.notes,
    },
  };
}
