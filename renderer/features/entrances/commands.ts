import { logActivity } from '../../db/activity';
import { entranceSchema, type Entrance, type EntranceState } from '../../../shared/domain';
import { defineCommands } from '../../db/command';

/**
 * How the change reads in the post's running log. Written once, in the language of the
 * screen it was made on, like everything else typed into the log.
 */
export type DescribeStateChange = (change: {
  before: Entrance;
  after: Entrance;
  reason: string;
  operator: string;
  at: number;
}) => string;

/** What can change about an entrance from the overview, the map and the entrance list. */
export const entranceCommands = defineCommands('entrances', {
  /**
   * Changes an entrance's state. The reason, when given, goes with the change into the
   * audit, and the change is entered in the activity log, all in one transaction. A
   * state it is already in (chosen in another window meanwhile) writes nothing.
   * `expected`: the entrance as the dialog showed it; if it has changed since (in another
   * window), the choice was made on what is no longer there, and is refused with
   * ChangedSinceError rather than written over that change.
   */
  setEntranceState: {
    tables: ['entrances', 'activityLog'],
    run: async (
      w,
      input: {
        entranceId: string;
        state: EntranceState;
        reason: string;
        describe: DescribeStateChange;
        expected?: Entrance;
      },
    ): Promise<{ before: Entrance; after: Entrance }> => {
      const { entranceId, state, reason, describe, expected } = input;
      const change = await w.update('entrances', entranceSchema, entranceId, () => ({ state }), { reason, expected });
      if (change.changed) {
        await logActivity(w, {
          siteId: change.after.siteId,
          kind: 'entrance-state',
          text: describe({ ...change, reason: reason.trim(), operator: w.operator.name, at: w.at }),
        });
      }
      return change;
    },
  },
});
