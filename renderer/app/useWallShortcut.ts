import { useEffect } from 'react';

/** Ctrl+Shift+L: reserved by no browser or desktop we know (Ctrl+Shift+W closes a browser window). */
export const WALL_SHORTCUT = 'Control+Shift+L';

export const isWallShortcut = (
  e: Pick<KeyboardEvent, 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey' | 'key'>,
): boolean => (e.ctrlKey || e.metaKey) && e.shiftKey && !e.altKey && e.key.toLowerCase() === 'l';

/** Ctrl+Shift+L (⌘⇧L) opens the wall screen, or brings it forward, from any screen. */
export function useWallShortcut(open: () => void): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!isWallShortcut(e)) return;
      e.preventDefault();
      open();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [open]);
}
