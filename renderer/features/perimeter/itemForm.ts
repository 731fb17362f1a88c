import type { UpgradeItem } from '../../../shared/domain';
import { cleanName } from '../../../shared/domain/text';
import type { MessageKey } from '../../i18n/translate';
import type { UpgradeItemFields } from './commands';
import { fromInputValue, toInputValue } from './dates';

/** The form as typed: strings, so a half-filled or wrong form keeps exactly what was entered. */
export interface ItemFormValues {
  title: string;
  workId: string;
  responsible: string;
  plannedStart: string;
  plannedEnd: string;
  notes: string;
}

export type ItemFormErrors = Partial<Record<keyof ItemFormValues, MessageKey>>;

export function formValuesOf(item: UpgradeItem | null, timeZone: string): ItemFormValues {
  return {
    title: item?.title ?? '',
    workId: item?.workId ?? '',
    responsible: item?.responsible ?? '',
    plannedStart: toInputValue(item?.plannedStart ?? null, timeZone),
    plannedEnd: toInputValue(item?.plannedEnd ?? null, timeZone),
    notes: item?.notes ?? '',
  };
}

/**
 * Checks what a person can get wrong before anything is sent, with a message per field;
 * the command checks again with the schema (lengths, ids), as the last word.
 */
export function readForm(
  v: ItemFormValues,
  timeZone: string,
): { fields: UpgradeItemFields } | { errors: ItemFormErrors } {
  const errors: ItemFormErrors = {};
  // Cleaned as the schema cleans, so a title of invisible characters is asked for here, beside the field.
  if (cleanName(v.title) === '') errors.title = 'perimeter.error.titleRequired';
  const plannedStart = fromInputValue(v.plannedStart, timeZone);
  const plannedEnd = fromInputValue(v.plannedEnd, timeZone);
  if (Number.isNaN(plannedStart)) errors.plannedStart = 'perimeter.error.badDate';
  if (Number.isNaN(plannedEnd)) errors.plannedEnd = 'perimeter.error.badDate';
  else if (plannedStart !== null && plannedEnd !== null && plannedEnd < plannedStart)
    errors.plannedEnd = 'perimeter.error.planOrder';
  if (Object.keys(errors).length > 0) return { errors };
  return {
    fields: {
      title: v.title,
      workId: v.workId === '' ? null : v.workId,
      responsible: v.responsible,
      plannedStart,
      plannedEnd,
      notes: v.notes,
    },
  };
}
