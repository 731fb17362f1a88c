import { defineCommands } from '../../../db/command';
import { logActivity } from '../../../db/activity';
import { missedEntryId } from './missedEntryId';

export const missedRoundCommands = defineCommands('patrolWatch', {
  /**
   * Writes a round the app has seen missed (not started when the next fell due) into the
   * post's log, at the time it was missed. The app notices it, not an operator, so it
   * needs nobody signed on and is attributed to Cordon.
   */
  logMissedRound: {
    tables: ['activityLog'],
    by: 'system',
    run: async (w, input: { siteId: string; routeId: string; dueAt: number; missedAt: number; text: string }) => {
      const id = missedEntryId(input.routeId, input.dueAt);
      if (await w.db.activityLog.get(id)) return false;
      await logActivity(w, { id, siteId: input.siteId, kind: 'patrol', at: input.missedAt, text: input.text });
      return true;
    },
  },
});
