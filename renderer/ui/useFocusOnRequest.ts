import { useEffect, type RefObject } from 'react';

/**
 * Puts the focus on `ref` each time `request` is bumped (0: no request), and again when
 * the thing shown (`shown`) changes while one stands: a panel opened by a key press
 * starts on its main action, one opened by a click leaves the focus where it was.
 */
export function useFocusOnRequest(ref: RefObject<HTMLElement | null>, request: number, shown: string): void {
  useEffect(() => {
    if (request > 0) ref.current?.focus();
  }, [ref, request, shown]);
}
