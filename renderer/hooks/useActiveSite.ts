import { useLive } from '../db/useLive';
import type { Site } from '../../shared/domain';
import { useServices } from '../app/ServicesContext';
import { heldSnapshot } from '../db/screenSnapshot';

/** The site the post works on; `undefined` while loading, `null` when there is none. */
export function useActiveSite(): Site | null | undefined {
  const { db } = useServices();
  return useLive(
    async () => {
      const row = await db.settings.get('activeSiteId');
      const id = typeof row?.value === 'string' ? row.value : null;
      const site = id ? await db.sites.get(id) : undefined;
      return site ?? (await db.sites.toCollection().first()) ?? null;
    },
    [db],
    heldSnapshot()?.site,
  );
}
