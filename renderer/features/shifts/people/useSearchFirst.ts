import { useEffect, type RefObject } from 'react';

/**
 * Starts the tab on its search box when it was opened with the mouse (or is the page's
 * first focus), so one can type a name at once. Opened from the tab list with the arrow
 * keys, the focus stays on the tab (its outline shows: `:focus-visible`), so the arrows
 * go on moving between tabs; Tab from there reaches the search box first.
 */
export function useSearchFirst(ref: RefObject<HTMLInputElement | null>): void {
  useEffect(() => {
    const active = document.activeElement;
    const byKeys =
      active instanceof HTMLElement && active.getAttribute('role') === 'tab' && active.matches(':focus-visible');
    if (!byKeys && !document.querySelector('dialog[open]')) ref.current?.focus();
  }, [ref]);
}
