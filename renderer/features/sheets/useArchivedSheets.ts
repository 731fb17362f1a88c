import { useEffect, useState } from 'react';
import type { ArchivedSheet } from '../../../shared/print/sheetFiles';
import { useServices } from '../../services/useServices';

/**
 * The site's sheet archive on disk, listed by the host; read again when `refreshKey`
 * changes (a print finished). A browser keeps no archive: its list is empty.
 */
export function useArchivedSheets(siteId: string, refreshKey: unknown): ArchivedSheet[] | null {
  const { bridge } = useServices();
  const [sheets, setSheets] = useState<ArchivedSheet[] | null>(null);
  useEffect(() => {
    let live = true;
    bridge.listSheets(siteId).then(
      (list) => live && setSheets(list),
      () => live && setSheets([]),
    );
    return () => {
      live = false;
    };
  }, [bridge, siteId, refreshKey]);
  return sheets;
}
