import { entranceSchema, type Entrance, type EntranceState } from '../../../shared/domain';
import { runCommand } from '../../db/command';
import type { CommandContext } from '../../db/commandContext';

/** Changes an entrance's state; the reason, when given, goes with the change into the audit. */
export async function setEntranceState(
  ctx: CommandContext,
  entranceId: string,
  state: EntranceState,
  reason: string,
): Promise<{ before: Entrance; after: Entrance }> {
  return runCommand(ctx, ['entrances'], (w) =>
    w.update('entrances', entranceSchema, entranceId, () => ({ state }), reason),
  );
}
