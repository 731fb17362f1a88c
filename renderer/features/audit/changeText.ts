import { entranceStates } from '../../../shared/domain/entranceValues';
import { workStates } from '../../../shared/domain/perimeterValues';
import type { AuditEntry } from '../../../shared/domain';
import { changedFields, entityLabel, type FieldChange } from '../../../shared/rules/auditDiff';
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

/** What a row is about: its table in words and the thing's name ("出入口 · 沿街门洞3"). */
export function auditSubject(row: Pick<AuditEntry, 'table' | 'before' | 'after'>, t: I18n['t']): string {
  const key = `table.${row.table}`;
  return [isMessageKey(key) ? t(key) : row.table, objectLabel(row.table, row.before, row.after, t)]
    .filter(Boolean)
    .join(' · ');
}

/** A row in a few words, as a report names it: its action and its subject ("修改 出入口 · 沿街门洞3"). */
export function auditWhat(row: Pick<AuditEntry, 'action' | 'table' | 'before' | 'after'>, t: I18n['t']): string {
  return `${t(`auditAction.${row.action}`)} ${auditSubject(row, t)}`;
}

export interface ChangeLine {
  field: string;
  before: string;
  after: string;
}

/**
 * What a row's change column lists: `changes`, field by field, for an update; `notes`,
 * plain lines, for a site deleted (how many rows of each kind went with it) and for a
 * restore (the file it read and the audit records that came with it).
 */
export function rowChanges(
  row: AuditEntry,
  t: I18n['t'],
  format: { moment: (ms: number) => string; number: (n: number) => string },
): { changes: ChangeLine[]; notes: string[] } {
  if (row.action === 'update')
    return { changes: describeChanges(row.table, changedFields(row.before, row.after), t, format.moment), notes: [] };
  if (row.table !== 'sites') return { changes: [], notes: [] };
  if (row.action === 'delete') return { changes: [], notes: deletedCounts(row.before, t, format.number) };
  if (row.action === 'restore') {
    const fileName = member(row.after, 'fileName');
    const rows = member(row.after, 'rows');
    return {
      changes: [],
      notes: [
        ...(typeof fileName === 'string' ? [t('backup.restoreFile', { file: fileName })] : []),
        ...(typeof rows === 'number'
          ? [t('backup.count', { name: t('backup.table.audit'), count: format.number(rows) })]
          : []),
      ],
    };
  }
  return { changes: [], notes: [] };
}

/**
 * A site's deletion in one line, how many rows of each kind went with it
 * (`before.counts`): "出入口 6、岗位 6、…". The site itself is the row's subject; its audit
 * rows are left out, as they stay, the record of what was.
 */
function deletedCounts(before: unknown, t: I18n['t'], number: (n: number) => string): string[] {
  const counts = member(before, 'counts');
  if (typeof counts !== 'object' || counts === null) return [];
  const parts = Object.entries(counts).flatMap(([name, count]: [string, unknown]) => {
    if (name === 'sites' || name === 'audit' || typeof count !== 'number' || count === 0) return [];
    const key = `backup.table.${name}`;
    return [t('backup.count', { name: isMessageKey(key) ? t(key) : name, count: number(count) })];
  });
  return parts.length > 0 ? [parts.join(t('common.listSeparator'))] : [];
}

const member = (value: unknown, key: string): unknown =>
  typeof value === 'object' && value !== null ? Reflect.get(value, key) : undefined;
