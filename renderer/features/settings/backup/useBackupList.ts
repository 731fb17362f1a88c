import { useCallback, useEffect, useState } from 'react';
import type { BackupListing } from '../../../../shared/bridge/contract';
import { useLive } from '../../../db/live/useLive';
import { lastBackupOf } from '../../../db/queries/lastBackup';
import { useServices } from '../../../services/useServices';

/** The site's kept backups (none in a browser), read again whenever a new one is noted. */
export function useBackupList(siteId: string) {
  const { bridge } = useServices();
  const last = useLive(lastBackupOf, siteId).data;
  const [list, setList] = useState<BackupListing[] | null>(null);
  const refresh = useCallback(() => {
    let live = true;
    bridge.listBackups(siteId).then(
      (found) => live && setList(found),
      () => live && setList([]),
    );
    return () => {
      live = false;
    };
  }, [bridge, siteId]);
  useEffect(refresh, [refresh, last?.at]);
  return list;
}
