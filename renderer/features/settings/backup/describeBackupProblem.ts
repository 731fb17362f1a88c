import { backupTables } from '../../../../shared/backup/backupBody';
import { BackupRefusedError, type BackupProblem } from '../../../../shared/backup/checkBackup';
import type { I18n } from '../../../i18n/I18nContext';

/** The tables a backup holds, as its problems name them. */
const tableKeys = [...backupTables, 'planAssets', 'audit'] as const;
type TableKey = (typeof tableKeys)[number];
const isTableKey = (name: string): name is TableKey => (tableKeys as readonly string[]).includes(name);

function tableName(table: string, t: I18n['t']): string {
  // A table named in a hand-edited file is not one of ours: shown as written.
  return isTableKey(table) ? t(`backup.table.${table}`) : table;
}

/** Why a file was refused, in the operator's words, and that nothing on the laptop changed. */
export function describeBackupProblem(problem: BackupProblem, { t }: Pick<I18n, 't'>): string {
  const params = {
    table: 'table' in problem ? tableName(problem.table, t) : '',
    row: 'index' in problem ? String(problem.index + 1) : '',
    field: 'field' in problem ? problem.field : '',
  };
  return `${t(`backup.problem.${problem.kind}`, params)} ${t('backup.nothingWritten')}`;
}

/** Any failure of reading a file, as a sentence: a refusal by its kind, anything else with its message. */
export function describeReadFailure(err: unknown, i18n: Pick<I18n, 't'>): string {
  if (err instanceof BackupRefusedError) return describeBackupProblem(err.problem, i18n);
  const message = err instanceof Error ? err.message : String(err);
  return `${i18n.t('backup.problem.failed', { message })} ${i18n.t('backup.nothingWritten')}`;
}
