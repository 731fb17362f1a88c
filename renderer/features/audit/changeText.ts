import { entranceStates } from '../../../shared/domain/entranceValues';
import { workStates } from '../../../shared/domain/perimeterValues';
import { entityLabel, type FieldChange } from '../../../shared/rules/auditDiff';
import type { I18n } from '../../i18n/I18nContext';
import { isMessageKey } from '../../i18n/translate';

/** Internal references a person cannot read; the row's other fields say what changed. */
const hiddenFields = new Set([
  'personId',
  'patternId',
  'shiftId',
  'postId',
  'routeId',
  'entranceId',
  'workId',
  'groupId',
  'checkpointId',
  'patrolId',
  'pairId',
  'updatedAt',
]);

/** Fields holding a moment (epoch ms): shown as a date and time in the site's zone. */
const isMomentField = (field: string) => /(At|Start|End)$/.test(field);

/**
 * An audit row's changes as a person reads them: field names, states and moments in the
 * UI's language and the site's time zone; typed text as it was typed.
 */
export function describeChanges(
  table: string,
  changes: FieldChange[],
  t: I18n['t'],
  formatMoment: (ms: number) => string,
): { field: string; before: string; after: string }[] {
  return changes
    .filter((c) => !hiddenFields.has(c.field))
    .map((c) => {
      const fieldKey = `field.${c.field}`;
      const value = (v: string): string => {
        if (c.field === 'state') {
          const key =
            table === 'entrances' && (entranceStates as readonly string[]).includes(v)
              ? `entranceState.${v}`
              : (workStates as readonly string[]).includes(v)
                ? `workState.${v}`
                : '';
          if (isMessageKey(key)) return t(key);
        }
        if (isMomentField(c.field) && /^\d{12,}$/.test(v)) return formatMoment(Number(v));
        return v;
      };
      return { field: isMessageKey(fieldKey) ? t(fieldKey) : c.field, before: value(c.before), after: value(c.after) };
    });
}

/** The name of what a row is about; an unlabelled perimeter work goes by its kind ("guard rail"). */
export function objectLabel(table: string, before: unknown, after: unknown, t: I18n['t']): string | null {
  const label = entityLabel(before, after);
  if (label !== null || table !== 'perimeterWorks') return label;
  const row: unknown = after ?? before;
  const kind: unknown = typeof row === 'object' && row !== null ? Reflect.get(row, 'kind') : null;
  const key = `workKind.${String(kind)}`;
  return isMessageKey(key) ? t(key) : null;
}
