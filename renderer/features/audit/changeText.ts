import { entranceStates, type EntranceState } from '../../../shared/domain/entranceValues';
import type { FieldChange } from '../../../shared/rules/auditDiff';
import type { I18n } from '../../i18n/I18nContext';
import { isMessageKey } from '../../i18n/translate';

/** Internal references a person cannot read; the row's other fields say what changed. */
const hiddenFields = new Set(['personId', 'patternId', 'shiftId', 'postId', 'routeId', 'entranceId', 'workId', 'groupId', 'checkpointId', 'patrolId', 'pairId']);

const isEntranceState = (v: string): v is EntranceState => (entranceStates as readonly string[]).includes(v);

/**
 * An audit row's changes as a person reads them: field names and known values in the
 * UI's language, typed text as it was typed.
 */
export function describeChanges(table: string, changes: FieldChange[], t: I18n['t']): { field: string; before: string; after: string }[] {
  return changes
    .filter((c) => !hiddenFields.has(c.field))
    .map((c) => {
      const fieldKey = `field.${c.field}`;
      const value = (v: string) => (table === 'entrances' && c.field === 'state' && isEntranceState(v) ? t(`entranceState.${v}`) : v);
      return { field: isMessageKey(fieldKey) ? t(fieldKey) : c.field, before: value(c.before), after: value(c.after) };
    });
}
