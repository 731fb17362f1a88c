import { useCallback, useState } from 'react';
import type { BackupReason } from '../../../../shared/backup/backupHeader';
import type { TakenBackup } from '../../../db/backup/takeBackup';
import { useServices } from '../../../services/useServices';

/** Backs a site up now (or before something that deletes), and keeps what came of it to show. */
export function useBackUpNow() {
  const services = useServices();
  const [busy, setBusy] = useState(false);
  const [taken, setTaken] = useState<TakenBackup | null>(null);
  const backUp = useCallback(
    async (siteId: string, reason: BackupReason): Promise<TakenBackup> => {
      setBusy(true);
      try {
        const { takeBackup } = await import('../../../db/backup/takeBackup');
        const result = await takeBackup(services, siteId, reason);
        setTaken(result);
        return result;
      } finally {
        setBusy(false);
      }
    },
    [services],
  );
  const clear = useCallback(() => setTaken(null), []);
  return { backUp, busy, taken, clear };
}
