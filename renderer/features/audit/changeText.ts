import { entranceStates, type EntranceState } from '../../../shared/domain';
import type { FieldChange } from '../../../shared/rules/auditDiff';
import type { I18n } from '../../i18n/I18nContext';
import { allMessageKeys, type MessageKey } from '../../i18n/translate';

const known = new Set<string>(allMessageKeys());
const asKey = (k: string): MessageKey | null => (known.has(k) ? (k as MessageKey) : null);

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
      const fieldKey = asKey(`field.${c.field}`);
      const value = (v: string) => (table === 'entrances' && c.field === 'state' && isEntranceState(v) ? t(`entranceState.${v}`) : v);
      return { field: fieldKey ? t(fieldKey) : c.field, before: value(c.before), after: value(c.after) };
    });
}
