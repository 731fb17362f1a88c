import type { Shift } from '../../../../shared/domain';
import type { Round } from '../../../../shared/rules/patrolRounds';
import { defineQuery } from '../../../db/live/query';
import { roundsOfPeriod } from '../../../db/queries/patrolRounds';

/** Longest shift looked back for: one that began a day before the period and runs into it. */
const LOOKBACK_MS = 24 * 3600_000;

export interface PatrolHistory {
  /** The period asked for: the answer says which period it is, so a screen never shows one period's rounds under another's name. */
  from: number;
  rounds: Round[];
  /** Shifts that may hold a round of the period, read by [siteId+startsAt]. */
  shifts: Shift[];
  /** Names of the people who went, by id (only those the rounds name). */
  names: Record<string, string>;
}

/** A period's rounds with the shifts they fell in and the names of who went, all read by index. */
export const patrolHistory = defineQuery(
  'patrolHistory',
  async (db, siteId: string | null, from: number, to: number, minute: number): Promise<PatrolHistory> => {
    if (siteId === null) return { from, rounds: [], shifts: [], names: {} };
    const [rounds, shifts] = await Promise.all([
      roundsOfPeriod.read(db, siteId, from, to, minute),
      db.shifts
        .where('[siteId+startsAt]')
        .between([siteId, from - LOOKBACK_MS], [siteId, to], true, false)
        .toArray(),
    ]);
    const ids = new Set<string>();
    for (const r of rounds) for (const id of r.patrol?.personIds ?? []) ids.add(id);
    const people = await db.people.bulkGet([...ids]);
    const names: Record<string, string> = {};
    for (const p of people) if (p) names[p.id] = p.name;
    return { from, rounds, shifts, names };
  },
);
