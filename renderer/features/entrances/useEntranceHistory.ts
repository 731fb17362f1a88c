import { useLiveQuery } from 'dexie-react-hooks';
import type { AuditEntry } from '../../../shared/domain';
import { useServices } from '../../app/ServicesContext';

/** The latest changes to one entrance, newest first, from the audit trail (by index). */
export function useEntranceHistory(entranceId: string | undefined, limit = 8): AuditEntry[] | undefined {
  const { db } = useServices();
  return useLiveQuery(async () => {
    if (!entranceId) return [];
    const rows = await db.audit.where('[table+entityId]').equals(['entrances', entranceId]).toArray();
    return rows.sort((a, b) => (b.seq ?? 0) - (a.seq ?? 0)).slice(0, limit);
  }, [db, entranceId, limit]);
}
