import { activityLogEntrySchema, type ActivityKind, type ActivityLogEntry } from '../../shared/domain';
import type { EntityWriter } from './entityWriter';

/**
 * Writes one line of the post's running log inside a command's transaction, by the
 * command's operator. `at` is when it happened (now unless given); `recordedAt` is always
 * the command's time, so an entry typed after the fact shows as entered late.
 */
export function logActivity(
  w: EntityWriter,
  entry: {
    /** Given only where one event must make one entry however often it is noticed. */
    id?: string;
    siteId: string;
    kind: ActivityKind;
    text: string;
    at?: number;
    correctsId?: string | null;
    incidentId?: string | null;
  },
): Promise<ActivityLogEntry> {
  return w.create('activityLog', activityLogEntrySchema, {
    id: entry.id ?? crypto.randomUUID(),
    siteId: entry.siteId,
    at: entry.at ?? w.at,
    recordedAt: w.at,
    kind: entry.kind,
    text: entry.text,
    operator: w.operator.name,
    correctsId: entry.correctsId ?? null,
    incidentId: entry.incidentId ?? null,
  });
}
