import { useSyncExternalStore } from 'react';
import type { UndoEdit } from './workCommands';

/**
 * The edits made on the map in this window, newest last, as the edits that undo them.
 * Kept in memory only: another window's edits are not this window's to undo, and a
 * reload starts afresh. Lives outside React so leaving the map screen keeps it.
 */
const stack: UndoEdit[] = [];
const listeners = new Set<() => void>();
const LIMIT = 100;

const notify = () => listeners.forEach((l) => l());

export function pushUndo(edit: UndoEdit): void {
  stack.push(edit);
  if (stack.length > LIMIT) stack.shift();
  notify();
}

export function popUndo(): UndoEdit | undefined {
  const edit = stack.pop();
  if (edit) notify();
  return edit;
}

/** Forgets every edit: after the plan is rescaled, the places they would restore belong to the old plan. */
export function clearUndo(): void {
  if (stack.length === 0) return;
  stack.length = 0;
  notify();
}

const subscribe = (l: () => void) => {
  listeners.add(l);
  return () => listeners.delete(l);
};

/** How many edits can be undone, live. */
export function useUndoDepth(): number {
  return useSyncExternalStore(subscribe, () => stack.length);
}
