import { handoverNoteSchema, type HandoverNote } from '../../../../shared/domain';
import { defineCommands } from '../../../db/command';
import { NotFoundError } from '../../../db/errors';

/** Handover notes (交班事项): written by or for a shift's leader, marked done when dealt with. */
export const handoverCommands = defineCommands('handover', {
  /** A note on a shift; `author` is who it is from, the operator on duty when not given. */
  addHandoverNote: {
    tables: ['handoverNotes', 'shifts'],
    run: async (
      w,
      { shiftId, text, author }: { shiftId: string; text: string; author?: string },
    ): Promise<HandoverNote> => {
      const shift = await w.db.shifts.get(shiftId);
      if (!shift) throw new NotFoundError('shifts', shiftId);
      return w.create('handoverNotes', handoverNoteSchema, {
        id: crypto.randomUUID(),
        siteId: shift.siteId,
        shiftId,
        text,
        author: author?.trim() || w.operator.name,
        at: w.at,
        doneAt: null,
        doneBy: '',
      });
    },
  },

  /** Marks a note done (by the operator on duty, now), or open again; the text stays as written. */
  setHandoverNoteDone: {
    tables: ['handoverNotes'],
    run: async (w, { noteId, done }: { noteId: string; done: boolean }): Promise<HandoverNote> => {
      const { after } = await w.update('handoverNotes', handoverNoteSchema, noteId, (n) =>
        done ? (n.doneAt === null ? { doneAt: w.at, doneBy: w.operator.name } : {}) : { doneAt: null, doneBy: '' },
      );
      return after;
    },
  },
});
