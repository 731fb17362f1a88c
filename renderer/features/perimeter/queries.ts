import type { UpgradeItem } from '../../../shared/domain';
import { defineQuery } from '../../db/live/query';

/**
 * All of the site's upgrade items, live, by plan date then title: one read for the
 * summary, the chart and the list (`filterUpgradeItems` narrows it in memory).
 */
export const upgradeItemsOfSite = defineQuery('upgradeItemsOfSite', async (db, siteId: string | null) =>
  siteId === null ? [] : (await db.upgradeItems.where('siteId').equals(siteId).toArray()).sort(byPlan),
);

/** Undated items last; ties by title, so the order does not jump when a row changes. */
function byPlan(a: UpgradeItem, b: UpgradeItem): number {
  const pa = a.plannedStart ?? Infinity;
  const pb = b.plannedStart ?? Infinity;
  return pa !== pb ? (pa < pb ? -1 : 1) : a.title.localeCompare(b.title);
}

/** One upgrade item as it is stored now, live: an edit form compares it with the row it opened. */
export const upgradeItem = defineQuery('upgradeItem', async (db, id: string | null) =>
  id === null ? null : ((await db.upgradeItems.get(id)) ?? null),
);
