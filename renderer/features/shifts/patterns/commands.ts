import {
  shiftPatternSchema,
  shiftRulesSchema,
  siteSchema,
  type ShiftPattern,
  type ShiftRules,
  type ShiftSlot,
  type Site,
} from '../../../../shared/domain';
import { defineCommands } from '../../../db/command';
import { parseOrThrow } from '../../../db/parseOrThrow';

/**
 * Shift patterns and the board's thresholds. A pattern changed later renames or moves no
 * shift already made: each shift keeps the name and times it was made with.
 */
export const patternCommands = defineCommands('patterns', {
  createPattern: {
    tables: ['shiftPatterns'],
    run: (w, { siteId, name, slots }: { siteId: string; name: string; slots: ShiftSlot[] }): Promise<ShiftPattern> =>
      w.create('shiftPatterns', shiftPatternSchema, { id: crypto.randomUUID(), siteId, name, slots }),
  },

  /** Saves an edit; `opened` is the pattern as the form showed it, so an edit over a change made since is refused. */
  updatePattern: {
    tables: ['shiftPatterns'],
    run: async (
      w,
      { opened, name, slots }: { opened: ShiftPattern; name: string; slots: ShiftSlot[] },
    ): Promise<ShiftPattern> => {
      const { after } = await w.update('shiftPatterns', shiftPatternSchema, opened.id, () => ({ name, slots }), {
        expected: opened,
      });
      return after;
    },
  },

  /** The site's thresholds for the board's checks, refused outside their bounds. */
  setShiftRules: {
    tables: ['sites'],
    run: async (w, { siteId, rules }: { siteId: string; rules: ShiftRules }): Promise<Site> => {
      const shiftRules = parseOrThrow(shiftRulesSchema, rules);
      const { after } = await w.update('sites', siteSchema, siteId, () => ({ shiftRules }));
      return after;
    },
  },
});
