import type { Entrance } from '../../../../shared/domain';
import type { SheetOpenItems, SheetRound } from '../../../../shared/print/sheetData';
import { isOpenTrip, OPEN_TRIP_HOURS } from '../../../../shared/rules/crossingTrips';
import { flaggedStatuses } from '../../../../shared/rules/patrolStatus';
import type { CordonDb } from '../../../db/CordonDb';

/**
 * What is open at `at`, by index: incidents not closed, trips out not back, upgrade work
 * under way, service requests not done (titles, kinds and states only: the resident and
 * the details never go on paper), and the shift's rounds flagged late or missed.
 */
export async function readOpenItems(
  db: CordonDb,
  siteId: string,
  at: number,
  entrances: readonly Entrance[],
  rounds: readonly SheetRound[],
): Promise<SheetOpenItems> {
  const [incidents, crossings, works, requests] = await Promise.all([
    db.incidents.where('[siteId+state]').equals([siteId, 'open']).toArray(),
    db.entranceLog
      .where('[siteId+at]')
      .between([siteId, at - OPEN_TRIP_HOURS * 3_600_000], [siteId, at], true, true)
      .toArray(),
    db.upgradeItems.where('[siteId+state]').equals([siteId, 'under-way']).toArray(),
    db.serviceRequests.where('[siteId+state]').anyOf([siteId, 'open'], [siteId, 'in-progress']).toArray(),
  ]);
  const entranceName = new Map(entrances.map((e) => [e.id, e.name]));
  return {
    incidents: incidents
      .filter((i) => i.openedAt <= at)
      .sort((a, b) => a.openedAt - b.openedAt)
      .map((i) => ({ openedAt: i.openedAt, category: i.category, text: i.text })),
    trips: crossings
      .filter((c) => isOpenTrip(c, at))
      .map((c) => ({ at: c.at, subject: c.subject, reason: c.reason, entrance: entranceName.get(c.entranceId) ?? '' })),
    works: works.map((w) => ({ title: w.title, state: w.state, responsible: w.responsible })),
    requests: requests
      .sort((a, b) => a.createdAt - b.createdAt)
      .map((r) => ({ title: r.title, kind: r.kind, state: r.state })),
    lateRounds: rounds
      .filter((r) => flaggedStatuses.has(r.status))
      .map((r) => ({ dueAt: r.dueAt, routeName: r.routeName, status: r.status })),
  };
}
