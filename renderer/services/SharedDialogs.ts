import { createContext, useContext } from 'react';
import type { Entrance, PerimeterWork } from '../../shared/domain';

/**
 * Dialogs that several screens open: an entrance's state is changed from the overview,
 * the map and the entrance list, and an upgrade is added from the map as on the
 * perimeter screen. A screen asks for them here; the shell (app/) renders them, taking
 * each from the feature that owns it, so no feature imports another.
 */
export interface SharedDialogs {
  /** The second click of the two that change an entrance's state. */
  changeEntranceState: (entrance: Entrance) => void;
  /** A new upgrade item, linked to this piece of perimeter work. */
  addUpgrade: (work: PerimeterWork) => void;
}

export const SharedDialogsContext = createContext<SharedDialogs | null>(null);

export function useSharedDialogs(): SharedDialogs {
  const dialogs = useContext(SharedDialogsContext);
  if (!dialogs) throw new Error('useSharedDialogs outside SharedDialogsContext');
  return dialogs;
}
