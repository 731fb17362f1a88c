import { useLiveQuery } from 'dexie-react-hooks';
import type { UpgradeItem, WorkState } from '../../../shared/domain';
import { useServices } from '../../app/ServicesContext';

export interface UpgradeFilter {
  state: WorkState | null;
  /** Matched, case-insensitively, in the title, the responsible and the notes. */
  text: string;
}

const matches = (it: UpgradeItem, needle: string) =>
  [it.title, it.responsible, it.notes].some((s) => s.toLocaleLowerCase().includes(needle));

/**
 * The site's upgrade items that pass the filter, live, by plan date then title. A state
 * filter reads through the [siteId+state] index; text is matched on what the index gives.
 */
export function useUpgradeItems(siteId: string | undefined, filter: UpgradeFilter): UpgradeItem[] | undefined {
  const { db } = useServices();
  const { state, text } = filter;
  return useLiveQuery(async () => {
    if (!siteId) return [];
    const base = state ? db.upgradeItems.where('[siteId+state]').equals([siteId, state]) : db.upgradeItems.where('siteId').equals(siteId);
    const needle = text.trim().toLocaleLowerCase();
    const rows = await (needle ? base.filter((it) => matches(it, needle)) : base).toArray();
    return rows.sort(byPlan);
  }, [db, siteId, state, text]);
}

/** Undated items last; ties by title, so the order does not jump when a row changes. */
function byPlan(a: UpgradeItem, b: UpgradeItem): number {
  const pa = a.plannedStart ?? Infinity;
  const pb = b.plannedStart ?? Infinity;
  return pa !== pb ? (pa < pb ? -1 : 1) : a.title.localeCompare(b.title);
}
