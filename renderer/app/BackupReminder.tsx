import { useId } from 'react';
import { backupReminderDue } from '../../shared/backup/backupDue';
import type { Site } from '../../shared/domain';
import { useLive } from '../db/live/useLive';
import { auditHeadOf } from '../db/queries/auditHead';
import { lastBackupOf } from '../db/queries/lastBackup';
import { useAppInfo } from '../hooks/useAppInfo';
import type { MessageKey } from '../i18n/translate';
import { useI18n } from '../i18n/useI18n';
import './backupShell.css';
import type { ShellBackups } from './useAutoBackup';

const MINUTE = 60_000;

/** How long ago, in the largest whole unit that reads at a glance. */
function agoOf(ms: number): { key: MessageKey; count: number } {
  const minutes = Math.floor(ms / MINUTE);
  if (minutes < 1) return { key: 'backupShell.justNow', count: 0 };
  if (minutes < 60) return { key: 'backupShell.minutesAgo', count: minutes };
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return { key: 'backupShell.hoursAgo', count: hours };
  return { key: 'backupShell.daysAgo', count: Math.floor(hours / 24) };
}

/**
 * In a browser, which keeps no backups of its own: a quiet reminder in the header when
 * the site's last backup is from before the shift running now (or there is none of a
 * site with changes), and the button that downloads one. Gone once it is downloaded.
 * The header has little room at laptop width, so it shows how long ago and the button;
 * why (before this shift, or never) is its description and tooltip.
 */
export function BackupReminder({
  site,
  minute,
  shiftStartedAt,
  backups,
}: {
  site: Site | null;
  minute: number;
  shiftStartedAt: number | null;
  backups: ShellBackups;
}) {
  const { t } = useI18n();
  const hintId = useId();
  const info = useAppInfo();
  const siteId = site?.id ?? null;
  const head = useLive(auditHeadOf, siteId).data;
  const last = useLive(lastBackupOf, siteId).data;
  if (info?.host !== 'browser' || siteId === null || head === undefined || last === undefined) return null;
  if (!backupReminderDue({ now: minute, last, shiftStartedAt, head })) return null;
  const ago = last === null ? null : agoOf(minute - last.at);
  const hint = t(last === null ? 'backupShell.hintNever' : 'backupShell.hintShift');
  return (
    <div className="header-backup">
      <span className="header-caption" title={hint}>
        {ago === null ? t('backupShell.never') : t('backupShell.lastBackup', { ago: t(ago.key, { count: ago.count }) })}
      </span>
      <button
        type="button"
        className="button-quiet"
        aria-label={t('backupShell.downloadLabel')}
        aria-describedby={hintId}
        title={hint}
        onClick={() => backups.take('manual')}
        disabled={backups.busy}
      >
        {backups.busy ? t('backupShell.downloading') : t('backupShell.download')}
      </button>
      <span id={hintId} className="visually-hidden">
        {hint}
      </span>
    </div>
  );
}
