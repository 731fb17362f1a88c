import type { CheckpointVisit, Patrol, PatrolRules } from '../domain';

const MINUTE = 60_000;

/**
 * Where a round stands at `now`:
 * - upcoming: not yet due; due: due, within the start grace;
 * - late: not started, past the grace; missed: not started when the next round fell due;
 * - under-way: out, within expected time plus grace; overdue: out longer than that;
 * - done: ended with every asked checkpoint reached; incomplete: ended with some not reached.
 */
export type RoundStatus = 'upcoming' | 'due' | 'late' | 'missed' | 'under-way' | 'overdue' | 'done' | 'incomplete';

/** The statuses the post is warned about: on the patrols screen, in the header, on the wall. */
export const flaggedStatuses: ReadonlySet<RoundStatus> = new Set(['late', 'missed', 'overdue', 'incomplete']);

export interface RoundInput {
  dueAt: number;
  /** When the route's next round falls due; null when none is (the route ends). */
  nextDueAt: number | null;
  expectedMinutes: number;
  /** The round as recorded, once started. */
  patrol: Pick<Patrol, 'startedAt' | 'endedAt' | 'checkpoints'> | null;
  /** Its checkpoint visits (reached and skipped). */
  visits: readonly Pick<CheckpointVisit, 'checkpointId' | 'status'>[];
}

export interface RoundState {
  status: RoundStatus;
  /** How late, in minutes: past the due time (late, missed), past the expected end (overdue); else 0. */
  lateMinutes: number;
  /** Asked checkpoints not reached (skipped or never visited). */
  unreached: number;
  /** Started later than the grace after its due time, whatever it is now (history counts it). */
  startedLate: boolean;
  /** Out longer than expected plus grace (ended or not). */
  overran: boolean;
}

const minutesBetween = (from: number, to: number) => Math.max(0, Math.floor((to - from) / MINUTE));

/** Where one round stands at `now`, by the site's allowances. */
export function roundState(round: RoundInput, rules: PatrolRules, now: number): RoundState {
  const { dueAt, patrol } = round;
  const startGrace = rules.startGraceMinutes * MINUTE;
  const allowed = (round.expectedMinutes + rules.overrunGraceMinutes) * MINUTE;
  const startedAt = patrol?.startedAt ?? null;
  const startedLate = startedAt !== null && startedAt > dueAt + startGrace;
  if (startedAt === null) {
    const base = { unreached: patrol?.checkpoints.length ?? 0, startedLate: false, overran: false };
    if (now < dueAt) return { ...base, status: 'upcoming', lateMinutes: 0 };
    if (now < dueAt + startGrace) return { ...base, status: 'due', lateMinutes: 0 };
    const missed = round.nextDueAt !== null && now >= round.nextDueAt;
    return { ...base, status: missed ? 'missed' : 'late', lateMinutes: minutesBetween(dueAt, now) };
  }
  const reached = new Set(round.visits.filter((v) => v.status === 'reached').map((v) => v.checkpointId));
  const unreached = (patrol?.checkpoints ?? []).filter((c) => !reached.has(c.id)).length;
  const endedAt = patrol?.endedAt ?? null;
  const outUntil = endedAt ?? now;
  const overran = outUntil - startedAt > allowed;
  if (endedAt === null) {
    return overran
      ? {
          status: 'overdue',
          lateMinutes: minutesBetween(startedAt + round.expectedMinutes * MINUTE, now),
          unreached,
          startedLate,
          overran,
        }
      : { status: 'under-way', lateMinutes: 0, unreached, startedLate, overran };
  }
  return { status: unreached > 0 ? 'incomplete' : 'done', lateMinutes: 0, unreached, startedLate, overran };
}
