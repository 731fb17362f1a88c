import { backupTables } from '../../../shared/backup/backupBody';
import type { I18n } from '../../i18n/I18nContext';
import { formatNumber } from '../../i18n/format';

/** The order counts are named in: what an operator looks for first. */
const order = [
  'entrances',
  'posts',
  'people',
  'groups',
  'shifts',
  'assignments',
  'patrolRoutes',
  'patrols',
  'checkpointVisits',
  'entranceLog',
  'activityLog',
  'incidents',
  'serviceRequests',
  'handoverNotes',
  'perimeterWorks',
  'upgradeItems',
  'printedSheets',
  'shiftPatterns',
  'checkpoints',
  'planAssets',
  'audit',
] as const;

/** "出入口 6、人员 59、…": a site's counts in words, tables with no rows left out. */
export function countsText(
  counts: Readonly<Record<string, number>>,
  { t, locale }: Pick<I18n, 't' | 'locale'>,
): string {
  // Any table not in the reading order (one added later) still counts, after the others.
  const names = [...order, ...backupTables.filter((n) => !(order as readonly string[]).includes(n))];
  const parts = names
    .filter((name) => (counts[name] ?? 0) > 0)
    .map((name) =>
      t('backup.count', { name: t(`backup.table.${name}`), count: formatNumber(counts[name] ?? 0, locale) }),
    );
  return parts.length > 0 ? parts.join(t('common.listSeparator')) : t('backup.noRows');
}

/** Every row a site's counts add up to, the audit trail included. */
export const totalRows = (counts: Readonly<Record<string, number>>): number =>
  Object.values(counts).reduce((a, b) => a + b, 0);
