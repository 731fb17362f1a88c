import type { CordonBridge } from '../../shared/bridge/contract';
import { createBrowserHost } from './browserHost';

declare global {
  interface Window {
    /** Set by Electron's preload; absent in a plain browser. */
    readonly cordon?: CordonBridge;
  }
}

let bridge: CordonBridge | null = null;

/** The host the renderer talks to: Electron's preload bridge, else the browser host. */
export function getBridge(): CordonBridge {
  bridge ??= window.cordon ?? createBrowserHost(__APP_VERSION__);
  return bridge;
}
