import { useLiveQuery } from 'dexie-react-hooks';
import type { Site } from '../../../shared/domain';
import { countByState, progressRange, upgradeProgress, type DayProgress, type StateCounts } from '../../../shared/rules/upgradeProgress';
import { useServices } from '../../app/ServicesContext';

export interface UpgradeProgress {
  /** One entry per local day, closure start (or first item) to `today`. */
  days: DayProgress[];
  /** By stored state: what the list shows. */
  current: StateCounts;
  total: number;
}

/**
 * The site's items counted by state per day, live. `now` decides "today"; pass a value
 * that changes on the minute, not every render, or the query re-runs needlessly.
 */
export function useUpgradeProgress(site: Site | null, now: number): UpgradeProgress | undefined {
  const { db } = useServices();
  const siteId = site?.id;
  const timeZone = site?.timeZone ?? 'Asia/Shanghai';
  const closure = site?.closureStartedAt ?? null;
  return useLiveQuery(async () => {
    const items = siteId ? await db.upgradeItems.where('siteId').equals(siteId).toArray() : [];
    const { from, to } = progressRange(items, closure, now, timeZone);
    return { days: items.length > 0 ? upgradeProgress(items, from, to, timeZone) : [], current: countByState(items), total: items.length };
  }, [db, siteId, timeZone, closure, now]);
}
