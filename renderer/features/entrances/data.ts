import { entranceSchema, type Entrance, type EntranceState } from '../../../shared/domain';
import { runCommand } from '../../db/command';
import type { CommandContext } from '../../db/commandContext';

/**
 * Changes an entrance's state. The reason, when given, is kept on the entrance's note
 * so the audit row's before/after shows why.
 */
export async function setEntranceState(
  ctx: CommandContext,
  entranceId: string,
  state: EntranceState,
  reason: string,
): Promise<{ before: Entrance; after: Entrance }> {
  return runCommand(ctx, ['entrances'], (w) =>
    w.update('entrances', entranceSchema, entranceId, (current) => ({
      state,
      note: reason.trim() === '' ? current.note : reason.trim(),
    })),
  );
}
