import { useLive } from '../../db/useLive';
import type { UpgradeItem } from '../../../shared/domain';
import { useServices } from '../../app/ServicesContext';

/** The upgrade items linked to one piece of perimeter work, live, by index. */
export function useItemsOfWork(workId: string | undefined): UpgradeItem[] | undefined {
  const { db } = useServices();
  return useLive(() => (workId ? db.upgradeItems.where('workId').equals(workId).toArray() : []), [db, workId]);
}
