import { defineCommands } from '../../../db/command';
import type { CommandContext } from '../../../db/commandContext';
import { placeCommandDefs } from './placeCommands';
import { workCommandDefs, type UndoEdit } from './workCommands';

/**
 * What the map's edit mode changes. Each command returns the edit that undoes it (or
 * what it made, with that edit), so the screen keeps an undo stack.
 */
export const mapEditCommands = defineCommands('mapEdit', { ...workCommandDefs, ...placeCommandDefs });

/** Applies an undo edit: itself an ordinary audited command. */
export async function applyUndo(ctx: CommandContext, edit: UndoEdit): Promise<void> {
  switch (edit.kind) {
    case 'move':
      await mapEditCommands.movePoint(ctx, { table: edit.table, id: edit.id, to: edit.to });
      return;
    case 'geometry':
      await mapEditCommands.updateWorkGeometry(ctx, { id: edit.id, geometry: edit.geometry });
      return;
    case 'delete':
      await mapEditCommands.deleteWork(ctx, { id: edit.id });
      return;
    case 'restore':
      await mapEditCommands.restoreWork(ctx, { work: edit.work });
      return;
    case 'unplace':
      await mapEditCommands.unplace(ctx, { table: edit.table, id: edit.id });
      return;
  }
}
