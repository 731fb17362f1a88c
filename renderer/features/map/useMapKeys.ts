import { useEffect } from 'react';
import type { Entrance } from '../../../shared/domain';
import { typingIn } from '../../ui/typingIn';

/**
 * The map screen's own keys: a digit selects the entrance with that number (its state
 * button then has the focus, so a state change is digit, Enter, choice); W and Shift+W
 * step through the perimeter works, lines included, which the mouse would click (the
 * panel's "add an upgrade" then has the focus); Escape closes the details, unless an
 * edit tool is active (then Escape only cancels the tool).
 */
export function useMapKeys(
  entrances: readonly Entrance[] | undefined,
  onSelect: (e: Entrance) => void,
  onStepWork: (direction: 1 | -1) => void,
  onEscape: () => void,
  toolActive: boolean,
): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (typingIn(e.target) || e.ctrlKey || e.metaKey || e.altKey) return;
      if (e.key === 'Escape') {
        if (!toolActive) onEscape();
        return;
      }
      if (e.key === 'w' || e.key === 'W') {
        // A draw or place tool is under way: the selection stays what the tool works on.
        if (toolActive) return;
        e.preventDefault();
        onStepWork(e.shiftKey ? -1 : 1);
        return;
      }
      if (!/^[1-9]$/.test(e.key)) return;
      const entrance = entrances?.find((x) => x.number === Number(e.key));
      if (!entrance) return;
      e.preventDefault();
      onSelect(entrance);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [entrances, onSelect, onStepWork, onEscape, toolActive]);
}
