import { useLive } from '../../db/useLive';
import type { UpgradeItem, WorkState } from '../../../shared/domain';
import { useServices } from '../../app/ServicesContext';

export interface UpgradeFilter {
  state: WorkState | null;
  /** Matched, case-insensitively, in the title, the responsible and the notes. */
  text: string;
}

/**
 * All of the site's upgrade items, live, by plan date then title: one read for the
 * summary, the chart and the list (`filterUpgradeItems` narrows it in memory).
 */
export function useUpgradeItems(siteId: string | undefined): UpgradeItem[] | undefined {
  const { db } = useServices();
  return useLive(
    async () => (siteId ? (await db.upgradeItems.where('siteId').equals(siteId).toArray()).sort(byPlan) : []),
    [db, siteId],
  );
}

/** The items that pass the filter, in the order given. */
export function filterUpgradeItems(items: readonly UpgradeItem[], { state, text }: UpgradeFilter): UpgradeItem[] {
  const needle = text.trim().toLocaleLowerCase();
  return items.filter(
    (it) =>
      (state === null || it.state === state) &&
      (!needle || [it.title, it.responsible, it.notes].some((s) => s.toLocaleLowerCase().includes(needle))),
  );
}

/** Undated items last; ties by title, so the order does not jump when a row changes. */
function byPlan(a: UpgradeItem, b: UpgradeItem): number {
  const pa = a.plannedStart ?? Infinity;
  const pb = b.plannedStart ?? Infinity;
  return pa !== pb ? (pa < pb ? -1 : 1) : a.title.localeCompare(b.title);
}
