import { useMemo } from 'react';
import type { Site, UpgradeItem } from '../../../shared/domain';
import {
  countByState,
  progressRange,
  upgradeProgress,
  type DayProgress,
  type StateCounts,
} from '../../../shared/rules/upgradeProgress';
import { localDate } from '../../../shared/time/zoned';

export interface UpgradeProgress {
  /** One entry per local day, closure start (or first item) to today. */
  days: DayProgress[];
  /** By stored state: what the list shows. */
  current: StateCounts;
  total: number;
}

/**
 * The site's items counted by state per day. Worked out again when the items change or
 * the site's day turns over, not on every minute tick.
 */
export function useUpgradeProgress(
  site: Site | null,
  items: readonly UpgradeItem[] | undefined,
  now: number,
): UpgradeProgress | undefined {
  const timeZone = site?.timeZone ?? 'Asia/Shanghai';
  const closure = site?.closureStartedAt ?? null;
  const today = localDate(now, timeZone);
  return useMemo(() => {
    if (!items) return undefined;
    const { from, to } = progressRange(items, closure, now, timeZone);
    return {
      days: items.length > 0 ? upgradeProgress(items, from, to, timeZone) : [],
      current: countByState(items),
      total: items.length,
    };
    // `today` stands for `now`: the chart counts whole days.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [items, closure, timeZone, today]);
}
