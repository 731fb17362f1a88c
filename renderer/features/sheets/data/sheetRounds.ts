import type { Person } from '../../../../shared/domain';
import type { SheetRound } from '../../../../shared/print/sheetData';
import type { Round } from '../../../../shared/rules/patrolRounds';
import type { CordonDb } from '../../../db/CordonDb';
import { roundsOfPeriod } from '../../../db/queries/patrolRounds';

/**
 * The rounds due in [from, to) as a sheet prints them, where each stands at `at`: the
 * same question the patrols screen, the header and the wall screen ask (roundsOfPeriod).
 * A round not started yet lists its route's checkpoints as they are now; a started one,
 * the checkpoints it was asked.
 */
export async function sheetRounds(
  db: CordonDb,
  siteId: string,
  from: number,
  to: number,
  at: number,
  people: ReadonlyMap<string, Person>,
): Promise<{ rounds: Round[]; sheet: SheetRound[] }> {
  const rounds = await roundsOfPeriod.read(db, siteId, from, to, at);
  const routeIds = [...new Set(rounds.filter((r) => !r.patrol).map((r) => r.route.id))];
  const points = new Map<string, string[]>();
  await Promise.all(
    routeIds.map(async (routeId) => {
      const list = await db.checkpoints
        .where('[routeId+order]')
        .between([routeId, -Infinity], [routeId, Infinity])
        .toArray();
      points.set(
        routeId,
        list.filter((c) => c.active).map((c) => c.name),
      );
    }),
  );
  const sheet = rounds.map((r): SheetRound => ({
    dueAt: r.dueAt,
    routeName: r.patrol?.routeName ?? r.route.name,
    peopleWanted: r.route.people,
    names: (r.patrol?.personIds ?? []).flatMap((id) => {
      const p = people.get(id);
      return p ? [p.name] : [];
    }),
    checkpoints: r.patrol ? r.patrol.checkpoints.map((c) => c.name) : (points.get(r.route.id) ?? []),
    status: r.state.status,
    startedAt: r.patrol?.startedAt ?? null,
    endedAt: r.patrol?.endedAt ?? null,
  }));
  return { rounds, sheet };
}
