import type { UpgradeItem, WorkState } from '../../../shared/domain';

export interface UpgradeFilter {
  state: WorkState | null;
  /** Matched, case-insensitively, in the title, the responsible and the notes. */
  text: string;
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
