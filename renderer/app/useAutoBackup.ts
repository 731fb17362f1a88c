import { useCallback, useEffect, useRef, useState } from 'react';
import { backupDue } from '../../shared/backup/backupDue';
import type { BackupReason } from '../../shared/backup/backupHeader';
import type { Site } from '../../shared/domain';
import type { TakenBackup } from '../db/backup/takeBackup';
import { useLive } from '../db/live/useLive';
import { auditHeadOf } from '../db/queries/auditHead';
import { shiftNow } from '../db/queries/currentShift';
import { lastBackupOf } from '../db/queries/lastBackup';
import { useAppInfo } from '../hooks/useAppInfo';
import { useMinute } from '../hooks/useMinute';
import { useServices } from '../services/useServices';

/** A backup that was not written: why, what it was for, and when it was tried. */
export interface FailedBackup {
  failure: Extract<TakenBackup, { written: false }>;
  reason: BackupReason;
  siteId: string;
  at: number;
}

export interface ShellBackups {
  /** The last backup that failed, until a later one of the site is written. */
  problem: FailedBackup | null;
  /** A backup is being made now. */
  busy: boolean;
  /** Takes a backup of the site now (none while one is being made). */
  take: (reason: BackupReason) => void;
  /** The folder the host keeps the site's backups in; null in a browser. */
  folder: string | null;
}

/**
 * The operator window's backups. In Electron the schedule runs here: once a minute (the
 * app's minute, which the tests' clock drives) it asks backupDue whether a backup is due
 * (a first one, one per shift, or one every 30 minutes while something changes) and
 * takes it; a browser cannot write files by itself, so the header reminds the operator
 * instead (BackupReminder). One backup at a time, whoever asks. A failure is kept to be
 * shown at once (BackupProblem), and goes when a later backup of the site is written,
 * here or from Settings.
 */
const RETRY_AFTER_FAILURE_MS = 5 * 60_000;

export function useAutoBackup(site: Site | null): ShellBackups {
  const services = useServices();
  const info = useAppInfo();
  const siteId = site?.id ?? null;
  const minute = useMinute();
  const shift = useLive(shiftNow, siteId, minute);
  const head = useLive(auditHeadOf, siteId);
  const last = useLive(lastBackupOf, siteId);
  const running = useRef(false);
  const checkedMinute = useRef<number | null>(null);
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState<FailedBackup | null>(null);

  const take = useCallback(
    (reason: BackupReason) => {
      if (siteId === null || running.current) return;
      running.current = true;
      setBusy(true);
      const at = services.clock.now();
      // The backup's code (the store's whole reading, the file format) loads when first needed, not at start.
      void import('../db/backup/takeBackup')
        .then(({ takeBackup }) => takeBackup(services, siteId, reason))
        .catch((error: unknown): TakenBackup => ({ written: false, reason: 'failed', message: String(error) }))
        .then((taken) => setFailed(taken.written ? null : { failure: taken, reason, siteId, at }))
        .finally(() => {
          running.current = false;
          setBusy(false);
        });
    },
    [services, siteId],
  );

  const electron = info?.host === 'electron';
  // Every answer for this site and minute: a site just switched to is not judged by the last one's backup.
  const answered =
    !shift.loading && !head.loading && !last.loading && head.data !== undefined && last.data !== undefined;
  useEffect(() => {
    // Once a minute, with this minute's answers: a shift that has just started is seen as started.
    if (!electron || siteId === null || !answered || checkedMinute.current === minute) return;
    checkedMinute.current = minute;
    const due = backupDue({
      now: services.clock.now(),
      last: last.data ?? null,
      shiftStartedAt: shift.data?.shift.startsAt ?? null,
      head: head.data ?? null,
    });
    // After a failure the schedule tries again every 5 minutes, not every minute: each try
    // reads and writes the whole site, and the operator has 重试 for at once.
    const failedRecently = failed !== null && services.clock.now() - failed.at < RETRY_AFTER_FAILURE_MS;
    if (due !== null && !failedRecently) take(due === 'first' ? 'interval' : due);
  }, [electron, siteId, answered, minute, services, last.data, shift.data, head.data, take, failed]);

  const lastAt = last.data?.at ?? null;
  const problem =
    failed !== null && failed.siteId === siteId && (lastAt === null || lastAt < failed.at) ? failed : null;
  return { problem, busy, take, folder: backupFolder(info?.userDataPath ?? null, info?.platform ?? '', siteId) };
}

/** Where Electron keeps a site's backups (electron/backups/backupPlace.ts), written as the system writes paths. */
function backupFolder(userDataPath: string | null, platform: string, siteId: string | null): string | null {
  if (userDataPath === null || siteId === null) return null;
  const sep = platform === 'win32' ? '\\' : '/';
  return [userDataPath.replace(/[\\/]+$/, ''), 'backups', siteId].join(sep);
}
