import { useEffect, useState } from 'react';
import { useServices } from '../services/useServices';

/** An object URL for an imported plan picture, read from the store and revoked when done. */
export function useImportedPlanUrl(blobKey: string | null): string | null {
  const { db } = useServices();
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    if (!blobKey) return;
    let made: string | null = null;
    let cancelled = false;
    db.planAssets.get(blobKey).then(
      (asset) => {
        if (cancelled || !asset) return;
        made = URL.createObjectURL(asset.data);
        setUrl(made);
      },
      () => setUrl(null),
    );
    return () => {
      cancelled = true;
      if (made) URL.revokeObjectURL(made);
    };
  }, [db, blobKey]);
  return blobKey ? url : null;
}
