import type { PerimeterWork } from '../../../shared/domain';
import { compareNames } from '../../../shared/rules/nameOrder';

/**
 * The work after (or before) the selected one when stepping through them with the keyboard:
 * in the order of their names as the operator reads them (unnamed ones by their kind), so
 * the same key presses reach the same wall every time. From nothing selected, the first
 * (or the last); past the end, round again.
 */
export function stepThroughWorks<W extends Pick<PerimeterWork, 'id'>>(
  works: readonly W[],
  selectedId: string | null,
  direction: 1 | -1,
  nameOf: (w: W) => string,
): W | null {
  if (works.length === 0) return null;
  const ordered = [...works].sort((a, b) => compareNames(nameOf(a), nameOf(b)) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const at = selectedId === null ? -1 : ordered.findIndex((w) => w.id === selectedId);
  const next = at === -1 ? (direction === 1 ? 0 : ordered.length - 1) : (at + direction + ordered.length) % ordered.length;
  return ordered[next] ?? null;
}
