import { entranceLogEntrySchema, type EntranceLogEntry } from '../../../../shared/domain';
import { defineCommands } from '../../../db/command';
import { NotFoundError } from '../../../db/errors';
import { FutureTimeError } from '../activity/errors';
import { siteTime } from '../siteTime';
import { AlreadyPairedError, PairDirectionError, PairOrderError } from './errors';

/** A crossing as the entrance log's form hands it over. */
export interface CrossingInput {
  siteId: string;
  entranceId: string;
  /** When it crossed; now when not given. */
  at?: number;
  direction: EntranceLogEntry['direction'];
  subjectKind: EntranceLogEntry['subjectKind'];
  subject: string;
  reason: string;
  authorisedBy: string;
  /** The open trip this crossing closes (the ambulance back from the hospital), if any. */
  pairWith?: string | null;
}

/** What the entrance log changes: crossings at the passage, and the pairing of a trip out with its way back. */
export const crossingCommands = defineCommands('crossings', {
  /**
   * Records one crossing. Paired with a crossing the other way, both rows name each other
   * (`pairId`), so the list shows them as one trip; the two legs must go opposite ways,
   * the way out must be unpaired, and come first.
   */
  recordCrossing: {
    tables: ['entranceLog', 'sites'],
    run: async (w, input: CrossingInput): Promise<EntranceLogEntry> => {
      const at = input.at ?? w.at;
      if (at > w.at) throw new FutureTimeError(at, await siteTime(w, input.siteId, at));
      const id = crypto.randomUUID();
      const pairWith = input.pairWith ?? null;
      if (pairWith !== null) {
        const other = await w.db.entranceLog.get(pairWith);
        if (!other) throw new NotFoundError('entranceLog', pairWith);
        if (other.direction === input.direction) throw new PairDirectionError(input.direction);
        if (other.pairId !== null) throw new AlreadyPairedError(other.id);
        const [first, second] = other.direction === 'out' ? [other.at, at] : [at, other.at];
        if (second < first) throw new PairOrderError(await siteTime(w, input.siteId, other.at));
      }
      const row = await w.create('entranceLog', entranceLogEntrySchema, {
        id,
        siteId: input.siteId,
        entranceId: input.entranceId,
        at,
        direction: input.direction,
        subjectKind: input.subjectKind,
        subject: input.subject,
        reason: input.reason,
        authorisedBy: input.authorisedBy,
        pairId: pairWith,
      });
      if (pairWith !== null) await w.update('entranceLog', entranceLogEntrySchema, pairWith, () => ({ pairId: id }));
      return row;
    },
  },
});
