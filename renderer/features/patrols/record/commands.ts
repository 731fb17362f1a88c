import {
  checkpointVisitSchema,
  incidentSchema,
  patrolSchema,
  type CheckpointVisit,
  type Incident,
  type ObservationCategory,
  type Patrol,
} from '../../../../shared/domain';
import { askedOrder } from '../../../../shared/rules/askedOrder';
import { logActivity } from '../../../db/activity';
import { defineCommands } from '../../../db/command';
import type { EntityWriter } from '../../../db/entityWriter';
import { NotFoundError, ValidationError } from '../../../db/errors';
import {
  CheckpointDoneError,
  IncidentRaisedError,
  NoCheckpointsError,
  NotNextError,
  RoundEndedError,
  RoundStartedError,
  RoundTimeError,
} from './refusals';

const MINUTE = 60_000;

/** What a round's automatic log lines say, in the words of the screen that recorded it. */
export type RoundEvent =
  | { kind: 'startedLate'; route: string; dueAt: number; minutes: number }
  | { kind: 'endedShort'; route: string; dueAt: number; unreached: number }
  | { kind: 'overran'; route: string; dueAt: number; minutes: number }
  | { kind: 'incident'; route: string; checkpoint: string; category: ObservationCategory; text: string };
export type DescribeRoundEvent = (event: RoundEvent) => string;

async function patrolOrThrow(w: EntityWriter, patrolId: string): Promise<Patrol> {
  const patrol = await w.db.patrols.get(patrolId);
  if (!patrol) throw new NotFoundError('patrols', patrolId);
  return patrol;
}

/** A reported time must be now or before, and not before `notBefore` (the start, the last report). */
function checkTime(w: EntityWriter, at: number, notBefore: number, why: 'beforeStart' | 'beforeLast'): void {
  if (at > w.at) throw new RoundTimeError('future');
  if (at < notBefore) throw new RoundTimeError(why);
}

async function visitsOf(w: EntityWriter, patrolId: string): Promise<CheckpointVisit[]> {
  return (await w.db.checkpointVisits.where('patrolId').equals(patrolId).toArray()).sort((a, b) => a.at - b.at);
}

interface VisitInput {
  patrolId: string;
  checkpointId: string;
  at: number;
  status: CheckpointVisit['status'];
  observation: CheckpointVisit['observation'];
  category: ObservationCategory | null;
  note: string;
}

async function recordVisit(w: EntityWriter, input: VisitInput): Promise<CheckpointVisit> {
  const patrol = await patrolOrThrow(w, input.patrolId);
  if (patrol.endedAt !== null) throw new RoundEndedError();
  const asked = patrol.checkpoints.find((c) => c.id === input.checkpointId);
  if (!asked) throw new NotFoundError('checkpoints', input.checkpointId);
  const visits = await visitsOf(w, patrol.id);
  if (visits.some((v) => v.checkpointId === input.checkpointId)) throw new CheckpointDoneError();
  if (patrol.ordered) {
    const done = new Set(visits.map((v) => v.checkpointId));
    const next = patrol.checkpoints.find((c) => !done.has(c.id));
    if (next && next.id !== input.checkpointId) throw new NotNextError(next.name);
  }
  checkTime(w, input.at, patrol.startedAt ?? patrol.dueAt, 'beforeStart');
  const last = visits.at(-1);
  if (last) checkTime(w, input.at, last.at, 'beforeLast');
  return w.create('checkpointVisits', checkpointVisitSchema, {
    id: crypto.randomUUID(),
    siteId: patrol.siteId,
    ...input,
  });
}

export const roundCommands = defineCommands('patrolRounds', {
  /**
   * Starts a round as the patrol reports leaving: who went, when, and the checkpoints
   * asked of it in the order asked (kept on the round). A start later than the site's
   * grace is written into the log.
   */
  startRound: {
    tables: ['patrols', 'patrolRoutes', 'checkpoints', 'sites', 'activityLog'],
    run: async (
      w,
      input: { routeId: string; dueAt: number; personIds: string[]; at: number; describe: DescribeRoundEvent },
    ): Promise<Patrol> => {
      const route = await w.db.patrolRoutes.get(input.routeId);
      if (!route) throw new NotFoundError('patrolRoutes', input.routeId);
      const taken = await w.db.patrols.where('[routeId+dueAt]').equals([route.id, input.dueAt]).count();
      if (taken > 0) throw new RoundStartedError();
      if (input.at > w.at) throw new RoundTimeError('future');
      const checkpoints = await w.db.checkpoints
        .where('[routeId+order]')
        .between([route.id, -Infinity], [route.id, Infinity])
        .toArray();
      const asked = askedOrder(checkpoints, route.order, { routeId: route.id, dueAt: input.dueAt });
      if (asked.length === 0) throw new NoCheckpointsError();
      const patrol = await w.create('patrols', patrolSchema, {
        id: crypto.randomUUID(),
        siteId: route.siteId,
        routeId: route.id,
        routeName: route.name,
        dueAt: input.dueAt,
        startedAt: input.at,
        endedAt: null,
        personIds: [...new Set(input.personIds)],
        checkpoints: asked,
        ordered: route.order !== 'any',
        note: '',
      });
      const site = await w.db.sites.get(route.siteId);
      const grace = (site?.patrolRules.startGraceMinutes ?? 0) * MINUTE;
      if (input.at > input.dueAt + grace) {
        const minutes = Math.floor((input.at - input.dueAt) / MINUTE);
        const text = input.describe({ kind: 'startedLate', route: route.name, dueAt: input.dueAt, minutes });
        await logActivity(w, { siteId: route.siteId, kind: 'patrol', at: input.at, text });
      }
      return patrol;
    },
  },

  /** A checkpoint reached: all clear, or an observation with its category and what was seen. */
  reachCheckpoint: {
    tables: ['patrols', 'checkpointVisits'],
    run: async (
      w,
      input: { patrolId: string; checkpointId: string; at: number; category: ObservationCategory | null; note: string },
    ): Promise<CheckpointVisit> => {
      const observed = input.category !== null;
      if (observed && input.note.trim() === '')
        throw new ValidationError([{ code: 'custom', path: ['note'], message: 'say what was seen' }]);
      return recordVisit(w, {
        ...input,
        status: 'reached',
        observation: observed ? 'observation' : 'all-clear',
      });
    },
  },

  /** A checkpoint the patrol could not reach, with why: recorded, never silently left out. */
  skipCheckpoint: {
    tables: ['patrols', 'checkpointVisits'],
    run: async (w, input: { patrolId: string; checkpointId: string; at: number; reason: string }) => {
      if (input.reason.trim() === '')
        throw new ValidationError([{ code: 'custom', path: ['reason'], message: 'say why it was skipped' }]);
      return recordVisit(w, {
        patrolId: input.patrolId,
        checkpointId: input.checkpointId,
        at: input.at,
        status: 'skipped',
        observation: 'all-clear',
        category: null,
        note: input.reason,
      });
    },
  },

  /** The patrol is back. Checkpoints not reached, or a round out too long, go into the log. */
  endRound: {
    tables: ['patrols', 'checkpointVisits', 'patrolRoutes', 'sites', 'activityLog'],
    run: async (w, input: { patrolId: string; at: number; describe: DescribeRoundEvent }) => {
      const patrol = await patrolOrThrow(w, input.patrolId);
      if (patrol.endedAt !== null) throw new RoundEndedError();
      const visits = await visitsOf(w, patrol.id);
      checkTime(w, input.at, patrol.startedAt ?? patrol.dueAt, 'beforeStart');
      const last = visits.at(-1);
      if (last) checkTime(w, input.at, last.at, 'beforeLast');
      const change = await w.update('patrols', patrolSchema, patrol.id, () => ({ endedAt: input.at }));
      const reached = new Set(visits.filter((v) => v.status === 'reached').map((v) => v.checkpointId));
      const unreached = patrol.checkpoints.filter((c) => !reached.has(c.id)).length;
      const base = { route: patrol.routeName, dueAt: patrol.dueAt };
      if (unreached > 0) {
        const text = input.describe({ kind: 'endedShort', ...base, unreached });
        await logActivity(w, { siteId: patrol.siteId, kind: 'patrol', at: input.at, text });
      }
      const [route, site] = await Promise.all([w.db.patrolRoutes.get(patrol.routeId), w.db.sites.get(patrol.siteId)]);
      const expected = (route?.expectedMinutes ?? Infinity) * MINUTE;
      const grace = (site?.patrolRules.overrunGraceMinutes ?? 0) * MINUTE;
      const out = input.at - (patrol.startedAt ?? patrol.dueAt);
      if (out > expected + grace) {
        const text = input.describe({ kind: 'overran', ...base, minutes: Math.floor((out - expected) / MINUTE) });
        await logActivity(w, { siteId: patrol.siteId, kind: 'patrol', at: input.at, text });
      }
      return change.after;
    },
  },

  /**
   * Raises a checkpoint's observation to an incident (事件): open until someone closes it
   * with what was done, and written into the log.
   */
  raiseIncident: {
    tables: ['patrols', 'checkpointVisits', 'incidents', 'activityLog'],
    run: async (w, input: { visitId: string; describe: DescribeRoundEvent }): Promise<Incident> => {
      const visit = await w.db.checkpointVisits.get(input.visitId);
      if (!visit) throw new NotFoundError('checkpointVisits', input.visitId);
      const raised = await w.db.incidents
        .where('[siteId+openedAt]')
        .between([visit.siteId, visit.at], [visit.siteId, Infinity])
        .filter((i) => i.visitId === visit.id)
        .count();
      if (raised > 0) throw new IncidentRaisedError();
      const patrol = await patrolOrThrow(w, visit.patrolId);
      const checkpoint = patrol.checkpoints.find((c) => c.id === visit.checkpointId)?.name ?? '';
      const category = visit.category ?? 'other';
      const text = visit.note.trim() || checkpoint;
      const incident = await w.create('incidents', incidentSchema, {
        id: crypto.randomUUID(),
        siteId: visit.siteId,
        openedAt: w.at,
        openedBy: w.operator.name,
        category,
        // Stored once for either language: a separator that reads in both.
        text: `${checkpoint} · ${text}`,
        patrolId: patrol.id,
        visitId: visit.id,
        state: 'open',
        closedAt: null,
        closedBy: '',
        outcome: '',
      });
      await logActivity(w, {
        siteId: visit.siteId,
        kind: 'incident',
        incidentId: incident.id,
        text: input.describe({ kind: 'incident', route: patrol.routeName, checkpoint, category, text }),
      });
      return incident;
    },
  },
});
