import { contextBridge, ipcRenderer } from 'electron';
import type { BridgeMethod, BridgeResults, CordonBridge } from '../shared/bridge/contract';
import { channelOf } from '../shared/bridge/channels';

// A sandboxed preload can require nothing but 'electron', and it is bundled into one
// file: it imports only the zod-free channel names (and types, which vanish). The
// arguments are validated in main, where the renderer cannot reach the check.

function invoker<K extends BridgeMethod>(method: K) {
  const channel = channelOf(method);
  return (...args: Parameters<CordonBridge[K]>): Promise<BridgeResults[K]> =>
    ipcRenderer.invoke(channel, ...args) as Promise<BridgeResults[K]>;
}

// Named functions only: the page gets these calls, never ipcRenderer itself.
const bridge = {
  getAppInfo: invoker('getAppInfo'),
  saveFile: invoker('saveFile'),
  openFile: invoker('openFile'),
  printSheet: invoker('printSheet'),
  sheetReady: invoker('sheetReady'),
  listSheets: invoker('listSheets'),
  openSheet: invoker('openSheet'),
  openWall: invoker('openWall'),
  writeBackup: invoker('writeBackup'),
  listBackups: invoker('listBackups'),
  readBackup: invoker('readBackup'),
  showBackup: invoker('showBackup'),
} satisfies CordonBridge;

contextBridge.exposeInMainWorld('cordon', bridge);
