import type { BridgeHandlers } from '../../shared/bridge/contract';

export type WallHandlers = Pick<BridgeHandlers, 'openWall'>;

/** The Electron host's wall screen: a window of its own, opened or brought forward by `open`. */
export function createWallHandlers(open: () => Promise<void>): WallHandlers {
  return {
    openWall: async () => {
      await open();
      return { opened: true };
    },
  };
}
