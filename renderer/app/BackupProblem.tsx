import { useI18n } from '../i18n/useI18n';
import './backupShell.css';
import type { ShellBackups } from './useAutoBackup';

/**
 * Under the header, the moment a backup fails: what failed and what to do, in plain
 * words, the system's own message beneath for whoever fixes it, and a way to try again.
 * It stays until a backup of the site is written.
 */
export function BackupProblem({ backups }: { backups: ShellBackups }) {
  const { t } = useI18n();
  const { problem, busy, take, folder } = backups;
  if (problem === null) return null;
  const { failure } = problem;
  return (
    <div className="header-backup-problem" role="alert">
      <p className="header-backup-what">{t(`backupShell.problem.${failure.reason}`)}</p>
      <p>{t(`backupShell.advice.${failure.reason}`, { folder: folder ?? failure.message })}</p>
      {failure.message !== '' && (
        <p className="header-backup-system">{t('backupShell.problem.system', { message: failure.message })}</p>
      )}
      <button type="button" className="button-primary" onClick={() => take(problem.reason)} disabled={busy}>
        {busy ? t('backupShell.retrying') : t('backupShell.retry')}
      </button>
    </div>
  );
}
