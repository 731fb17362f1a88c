import { useMemo } from 'react';
import { useCommand } from '../../../hooks/useCommand';
import { useServices } from '../../../services/useServices';
import type { BoardActions } from './boardActions';

/**
 * The board's changes, each an audited command. The functions stay the same for the
 * board's life when `ui`'s are stable (useCallback), so memoised cells do not redraw
 * because of them; a refusal is kept in `error` for the board to show.
 */
export function useBoardActions(
  timeZone: string,
  ui: { openPicker: BoardActions['openPicker']; select: BoardActions['select'] },
) {
  const services = useServices();
  const command = useCommand(timeZone);
  const { run: runCommand } = command;
  const { openPicker, select } = ui;
  const actions = useMemo<BoardActions>(() => {
    const board = async () => (await import('./commands')).boardCommands;
    const run = (f: () => Promise<unknown>) => void runCommand(f);
    return {
      assign: (shiftId, postId, personId) =>
        run(async () => (await board()).assignPerson(services, { shiftId, postId, personId })),
      unassign: (assignmentId) => run(async () => (await board()).unassignPerson(services, { assignmentId })),
      move: (assignmentId, shiftId, postId) =>
        run(async () => (await board()).moveAssignment(services, { assignmentId, shiftId, postId })),
      setLeader: (shiftId, leaderId) =>
        run(async () => (await board()).setShiftLeader(services, { shiftId, leaderId })),
      openPicker,
      select,
    };
  }, [services, runCommand, openPicker, select]);
  return { actions, ...command };
}
