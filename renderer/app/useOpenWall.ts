import { useCallback, useState } from 'react';
import { useServices } from '../services/useServices';

/**
 * Opens the wall screen's window (Electron) or tab (a browser), or brings it forward if
 * it is open. `blocked` is set when the browser refused the new tab (a popup blocker), so
 * the operator can be told how to let it through.
 */
export function useOpenWall(): { open: () => void; blocked: boolean } {
  const { bridge } = useServices();
  const [blocked, setBlocked] = useState(false);
  const open = useCallback(() => {
    bridge.openWall().then(
      (result) => setBlocked(!result.opened),
      () => setBlocked(true),
    );
  }, [bridge]);
  return { open, blocked };
}
