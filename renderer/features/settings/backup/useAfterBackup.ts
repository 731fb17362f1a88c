import { useCallback, useState } from 'react';
import type { BackupReason } from '../../../../shared/backup/backupHeader';
import type { BackedUp } from '../../../db/backup/siteRows';
import { useCommand } from '../../../hooks/useCommand';
import { useI18n } from '../../../i18n/useI18n';
import { useBackUpNow } from './useBackUpNow';
import { takenText } from './takenText';

/**
 * Something that deletes a site's records, done only once a backup of them is written:
 * a failed backup stops it with the reason, and the outcome says where the backup is.
 */
export function useAfterBackup(timeZone: string) {
  const i18n = useI18n();
  const { backUp } = useBackUpNow();
  const command = useCommand(timeZone);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const run = useCallback(
    async (
      siteId: string | null,
      reason: BackupReason,
      action: (backedUp: BackedUp | null) => Promise<unknown>,
    ): Promise<{ ok: boolean; where: string | null }> => {
      setProblem(null);
      setBusy(true);
      let where: string | null = null;
      let backedUp: BackedUp | null = null;
      try {
        if (siteId) {
          const taken = await backUp(siteId, reason);
          if (!taken.written) {
            setProblem(i18n.t('backup.backupFirstFailed', { message: taken.message }));
            return { ok: false, where: null };
          }
          where = takenText(taken, i18n);
          backedUp = { siteId, chainHead: taken.header.chainHead };
        }
        const backed = backedUp;
        return { ok: await command.run(() => action(backed)), where };
      } finally {
        setBusy(false);
      }
    },
    [backUp, command, i18n],
  );
  const clear = useCallback(() => {
    setProblem(null);
    command.clearError();
  }, [command]);
  return { run, busy, error: problem ?? command.error, clear };
}
