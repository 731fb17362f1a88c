import type { PerimeterWork } from '../domain';
import { compareNames } from './nameOrder';

/**
 * The works in the order the keyboard steps through them: by their names as the operator
 * reads them (unnamed ones by their kind), so the same key presses reach the same wall
 * every time. Each name is worked out once.
 */
export function orderWorks<W extends Pick<PerimeterWork, 'id'>>(works: readonly W[], nameOf: (w: W) => string): W[] {
  return (
    works
      .map((w) => ({ w, name: nameOf(w) }))
      // Ids are unique, so two works never tie on both.
      .sort((a, b) => compareNames(a.name, b.name) || (a.w.id < b.w.id ? -1 : 1))
      .map(({ w }) => w)
  );
}

/**
 * The work after (or before) the selected one in that order. From nothing selected, the
 * first (or the last); past the end, round again.
 */
export function stepThroughWorks<W extends Pick<PerimeterWork, 'id'>>(
  ordered: readonly W[],
  selectedId: string | null,
  direction: 1 | -1,
): W | null {
  // Ids are never null, so nothing selected finds no index; with no works, nothing is next.
  const at = ordered.findIndex((w) => w.id === selectedId);
  const next =
    at === -1 ? (direction === 1 ? 0 : ordered.length - 1) : (at + direction + ordered.length) % ordered.length;
  return ordered[next] ?? null;
}
