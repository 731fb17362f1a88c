import {
  incidentSchema,
  type ActivityKind,
  type ActivityLogEntry,
  type Incident,
  type ObservationCategory,
} from '../../../../shared/domain';
import { logActivity } from '../../../db/activity';
import { defineCommands } from '../../../db/command';
import type { EntityWriter } from '../../../db/entityWriter';
import { NotFoundError, ValidationError } from '../../../db/errors';
import { siteTime } from '../siteTime';
import { FutureTimeError, IncidentClosedError } from './errors';

/** How an incident's opening and closing read in the log, in the language of the screen that did it. */
export type DescribeIncident = (incident: Pick<Incident, 'category' | 'text' | 'outcome'>) => string;

/** The log takes what has happened: an event after the command's own time is a typing slip. */
async function refuseFuture(w: EntityWriter, siteId: string, at: number | undefined): Promise<void> {
  if (at !== undefined && at > w.at) throw new FutureTimeError(at, await siteTime(w, siteId, at));
}

const required = (field: string, value: string): void => {
  if (value.trim() === '') {
    throw new ValidationError([{ code: 'custom', path: [field], message: 'required', input: value }]);
  }
};

/** What the activity log changes: manual entries and their corrections, and incidents opened and closed by hand. */
export const logCommands = defineCommands('log', {
  /**
   * A line typed by the operator. `at` is when it happened (now when not given); one typed
   * after the fact keeps the command's time as `recordedAt` and shows as entered late.
   */
  addEntry: {
    tables: ['activityLog', 'sites'],
    run: async (
      w,
      input: { siteId: string; kind: ActivityKind; text: string; at?: number },
    ): Promise<ActivityLogEntry> => {
      await refuseFuture(w, input.siteId, input.at);
      return logActivity(w, {
        siteId: input.siteId,
        kind: input.kind,
        text: input.text,
        ...(input.at !== undefined ? { at: input.at } : {}),
      });
    },
  },

  /**
   * Corrects an entry by writing a new one that names it: the log is never edited, so
   * what was written first stays readable beside its correction. The correction keeps the
   * original's time and category unless others are given.
   */
  correctEntry: {
    tables: ['activityLog', 'sites'],
    run: async (
      w,
      input: { entryId: string; text: string; kind?: ActivityKind; at?: number },
    ): Promise<ActivityLogEntry> => {
      const original = await w.db.activityLog.get(input.entryId);
      if (!original) throw new NotFoundError('activityLog', input.entryId);
      await refuseFuture(w, original.siteId, input.at);
      return logActivity(w, {
        siteId: original.siteId,
        kind: input.kind ?? original.kind,
        text: input.text,
        at: input.at ?? original.at,
        correctsId: original.id,
        incidentId: original.incidentId,
      });
    },
  },

  /** Opens an incident typed in by hand, with its line in the log, in one transaction. */
  openIncident: {
    tables: ['incidents', 'activityLog', 'sites'],
    run: async (
      w,
      input: { siteId: string; category: ObservationCategory; text: string; at?: number; describe: DescribeIncident },
    ): Promise<Incident> => {
      await refuseFuture(w, input.siteId, input.at);
      const incident = await w.create('incidents', incidentSchema, {
        id: crypto.randomUUID(),
        siteId: input.siteId,
        openedAt: input.at ?? w.at,
        openedBy: w.operator.name,
        category: input.category,
        text: input.text,
        patrolId: null,
        visitId: null,
        state: 'open',
        closedAt: null,
        closedBy: '',
        outcome: '',
      });
      await logActivity(w, {
        siteId: incident.siteId,
        kind: 'incident',
        text: input.describe(incident),
        at: incident.openedAt,
        incidentId: incident.id,
      });
      return incident;
    },
  },

  /**
   * Closes an open incident with what was done (required), and enters the closing in the
   * log in the same transaction. One closed meanwhile (another window) is refused, not
   * closed twice.
   */
  closeIncident: {
    tables: ['incidents', 'activityLog', 'sites'],
    run: async (w, input: { incidentId: string; outcome: string; describe: DescribeIncident }): Promise<Incident> => {
      required('outcome', input.outcome);
      const current = await w.db.incidents.get(input.incidentId);
      if (!current) throw new NotFoundError('incidents', input.incidentId);
      if (current.state === 'closed' && current.closedAt !== null) {
        throw new IncidentClosedError(current.closedAt, await siteTime(w, current.siteId, current.closedAt));
      }
      const { after } = await w.update('incidents', incidentSchema, current.id, () => ({
        state: 'closed' as const,
        closedAt: w.at,
        closedBy: w.operator.name,
        outcome: input.outcome,
      }));
      await logActivity(w, {
        siteId: after.siteId,
        kind: 'incident',
        text: input.describe(after),
        incidentId: after.id,
      });
      return after;
    },
  },
});
