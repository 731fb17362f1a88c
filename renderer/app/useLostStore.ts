import { useCallback, useEffect, useRef, useState } from 'react';
import type { Site } from '../../shared/domain';
import { lostSite, rememberSite, rememberedSite, type RememberedSite } from '../db/lostStore';
import { useServices } from '../services/useServices';

/**
 * Whether the store came up without the site this profile last worked on (the app then
 * started afresh on the demo), asked once at start; and the site now worked on is
 * remembered for the next start.
 */
export function useLostStore(site: Site | null): { lost: RememberedSite | null; dismiss: () => void } {
  const { db } = useServices();
  const [lost, setLost] = useState<RememberedSite | null>(null);
  const checked = useRef(false);
  useEffect(() => {
    if (!checked.current) {
      checked.current = true;
      // Read before this start's site is remembered over it.
      const remembered = rememberedSite(localStorage);
      lostSite(db, remembered).then(setLost, () => undefined);
    }
    if (site) rememberSite(localStorage, site);
  }, [db, site]);
  const dismiss = useCallback(() => setLost(null), []);
  return { lost, dismiss };
}
