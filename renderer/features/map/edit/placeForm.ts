import type { EntranceKind, EntranceState } from '../../../../shared/domain';
import type { MessageKey } from '../../../i18n/translate';

/** The place form as typed: strings, so a wrong entry is kept exactly as it was entered. */
export interface PlaceFormValues {
  name: string;
  number: string;
  kind: EntranceKind;
  state: EntranceState;
  entranceId: string;
  minStaff: string;
  routeId: string;
}

export type PlaceFormErrors = Partial<Record<'name' | 'number' | 'minStaff', MessageKey>>;

const wholeNumber = (s: string) => (/^\s*\d+\s*$/.test(s) ? Number(s) : Number.NaN);

/** What a person can get wrong before anything is sent; the command's schema has the last word. */
export function readPlaceForm(
  v: PlaceFormValues,
  what: 'entrances' | 'posts' | 'checkpoints',
): { number: number; minStaff: number } | { errors: PlaceFormErrors } {
  const errors: PlaceFormErrors = {};
  if (v.name.trim() === '') errors.name = 'mapEdit.error.name';
  const number = wholeNumber(v.number);
  if (what === 'entrances' && !(number >= 1)) errors.number = 'mapEdit.error.number';
  const minStaff = wholeNumber(v.minStaff);
  if (what === 'posts' && !(minStaff >= 0 && minStaff <= 100)) errors.minStaff = 'mapEdit.error.minStaff';
  return Object.keys(errors).length > 0 ? { errors } : { number, minStaff };
}
