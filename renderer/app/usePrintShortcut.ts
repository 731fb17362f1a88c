import { useEffect } from 'react';

/** Where Ctrl+P and the header's button go: the current shift's sheet, printed at once. */
export const PRINT_CURRENT_SHIFT = '#/sheets?doc=shift&shift=current&go=1';

/**
 * Ctrl+P (⌘P) prints the current shift's handover sheet, the paper the post needs, rather
 * than the browser's print of whatever screen is open, which would be cut to one page.
 */
export function usePrintShortcut(): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey && e.key.toLowerCase() === 'p') {
        e.preventDefault();
        window.location.hash = PRINT_CURRENT_SHIFT;
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
