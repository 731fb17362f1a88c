import type { CheckpointVisit, Patrol } from '../domain';
import { MINUTE, type BuildContext } from './context';
import type { Layout } from './layout';
import { observations, patrolTexts } from './textLog';
import type { L10n } from './text';
import { checkpointOnStreet } from './planGeometry';

const streetObservations = observations.filter((o) => o.where !== 'wall').map((o) => o.text);
const wallObservations = observations.filter((o) => o.where !== 'street').map((o) => o.text);

/** A patrol round with what the logs need to tell about it. */
export interface PatrolRound {
  /** 1 for the first round after the closure. */
  round: number;
  patrol: Patrol;
  /** Visits of this round that were observations (checkpoint index 0–7 and the note). */
  observations: { checkpointIndex: number; at: number; note: L10n }[];
}

export interface PatrolLog {
  patrols: Patrol[];
  checkpointVisits: CheckpointVisit[];
  rounds: PatrolRound[];
}

export interface PatrolOptions {
  /** Who walks the round due at an instant (two people). */
  patrollersAt(at: number): string[];
  /** Chance that a checkpoint visit records an observation. */
  observationChance: number;
}

/**
 * One round per interval, due on the hour from half an hour after the sealing, up to
 * now. Each starts a few minutes after it is due and takes 19–25 minutes (within the
 * route's expected 25), reaching the checkpoints in order. A round due in the last hour
 * may still be under way: started, visits so far, no end. No round is late.
 */
export function buildPatrols(ctx: BuildContext, layout: Layout, options: PatrolOptions): PatrolLog {
  const rng = ctx.rng.fork('patrols');
  const { route, checkpoints } = layout;
  const interval = route.intervalMinutes * MINUTE;
  const firstDue = Math.ceil((ctx.closureStart + 1) / interval) * interval;
  const patrols: Patrol[] = [];
  const checkpointVisits: CheckpointVisit[] = [];
  const rounds: PatrolRound[] = [];
  const n = checkpoints.length;
  const asked = checkpoints.map(({ id, name, checks }) => ({ id, name, checks }));

  for (let dueAt = firstDue, round = 1; dueAt <= ctx.now; dueAt += interval, round++) {
    const startedAt = Math.min(dueAt + rng.int(1, 8) * MINUTE, ctx.now);
    const duration = rng.int(19, Math.min(25, route.expectedMinutes)) * MINUTE;
    const plannedEnd = startedAt + duration;
    const endedAt = plannedEnd <= ctx.now ? plannedEnd : null;
    const patrol: Patrol = {
      id: ctx.newId(),
      siteId: ctx.siteId,
      routeId: route.id,
      routeName: route.name,
      dueAt,
      startedAt,
      endedAt,
      personIds: options.patrollersAt(dueAt),
      checkpoints: asked,
      ordered: true,
      note: '',
    };
    const seen: PatrolRound['observations'] = [];
    checkpoints.forEach((checkpoint, i) => {
      // Evenly along the walk, a little jitter, strictly inside start..end.
      const share = (i + 1) / (n + 1);
      const at = Math.round((startedAt + duration * share) / 1000 + rng.int(-30, 30)) * 1000;
      const observed = rng.chance(options.observationChance);
      const note = observed ? rng.pick(checkpointOnStreet(i) ? streetObservations : wallObservations) : undefined;
      if (at > ctx.now) return;
      checkpointVisits.push({
        id: ctx.newId(),
        siteId: ctx.siteId,
        patrolId: patrol.id,
        checkpointId: checkpoint.id,
        at,
        status: 'reached',
        observation: note ? 'observation' : 'all-clear',
        category: note ? (checkpointOnStreet(i) ? 'person' : 'damage') : null,
        note: note ? ctx.t(note) : '',
      });
      if (note) seen.push({ checkpointIndex: i, at, note });
    });
    if (seen.length > 0) patrol.note = ctx.t(patrolTexts.noteWithObservations(seen.length));
    patrols.push(patrol);
    rounds.push({ round, patrol, observations: seen });
  }
  return { patrols, checkpointVisits, rounds };
}
