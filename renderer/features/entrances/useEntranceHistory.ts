import { useLive } from '../../db/useLive';
import type { AuditEntry } from '../../../shared/domain';
import { useServices } from '../../app/ServicesContext';

/** The latest changes to one entrance, newest first, from the audit trail (by index). */
export function useEntranceHistory(entranceId: string | undefined, limit = 8): AuditEntry[] | undefined {
  const { db } = useServices();
  // Rows under one [table+entityId] key come in primary-key (seq) order: the newest are the last.
  return useLive(
    () =>
      entranceId
        ? db.audit.where('[table+entityId]').equals(['entrances', entranceId]).reverse().limit(limit).toArray()
        : [],
    [db, entranceId, limit],
  );
}
