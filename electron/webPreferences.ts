import type { WebPreferences } from 'electron';

/**
 * The webPreferences of every window that shows the app's pages (the operator window,
 * the wall, the hidden print window): isolated, sandboxed, no Node; the page reaches the host only through the
 * preload's bridge. One function, so a new window cannot be made with less.
 */
export function appWebPreferences(preload: string): WebPreferences {
  return {
    preload,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    webSecurity: true,
    spellcheck: false,
  };
}
