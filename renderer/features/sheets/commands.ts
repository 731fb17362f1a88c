import { printedSheetSchema, type PrintedSheet } from '../../../shared/domain';
import type { SheetKind } from '../../../shared/print/sheetFiles';
import { sheetNumberText } from '../../../shared/print/sheetNumber';
import { logActivity } from '../../db/activity';
import { defineCommands } from '../../db/command';
import { NotFoundError } from '../../db/errors';

/** Printed sheets (交班单): each print is numbered and recorded before the paper is made. */
export const sheetCommands = defineCommands('sheets', {
  /**
   * Issues the next sheet number of the site and records what is printed, by whom and
   * when; the print shows the store as it stands at that moment. The number is taken in
   * the same transaction as the last one is read, so two windows never print the same
   * number. `describe` words the log line in the operator's language ("打印交班单 0042").
   */
  issue: {
    tables: ['printedSheets', 'shifts', 'activityLog'],
    run: async (
      w,
      input: {
        siteId: string;
        kind: SheetKind;
        shiftId: string | null;
        date: string;
        describe: (number: string) => string;
      },
    ): Promise<PrintedSheet> => {
      if (input.shiftId !== null) {
        const shift = await w.db.shifts.get(input.shiftId);
        if (!shift || shift.siteId !== input.siteId) throw new NotFoundError('shifts', input.shiftId);
      }
      const last = await w.db.printedSheets
        .where('[siteId+number]')
        .between([input.siteId, 0], [input.siteId, Infinity])
        .last();
      const sheet = await w.create('printedSheets', printedSheetSchema, {
        id: crypto.randomUUID(),
        siteId: input.siteId,
        number: (last?.number ?? 0) + 1,
        kind: input.kind,
        shiftId: input.shiftId,
        date: input.date,
        printedAt: w.at,
        operator: w.operator.name,
      });
      await logActivity(w, {
        siteId: input.siteId,
        kind: 'shift',
        text: input.describe(sheetNumberText(sheet.number)),
      });
      return sheet;
    },
  },
});
