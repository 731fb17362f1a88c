import { heldSnapshotCovers, readAndHoldSnapshot } from '../db/screenSnapshot';
import type { Services } from './ServicesContext';
import { areaOf } from './routes';
import { mapScreenModule } from './screenModules';

/** Longest a navigation waits for its screen's data before it goes ahead without it. */
export const PREPARE_WAIT_MS = 1000;

/**
 * What the next screen needs before it replaces the current one (the route changes in a
 * transition, so the current screen stays meanwhile). The overview and the map read
 * everything they draw in one transaction, as at start, and render once with all of it:
 * without this each of their live queries answered on its own, and the map was drawn
 * layer by layer over several renders. A snapshot still held covers it (nothing in the
 * store has changed since it was read, and it is the same minute): nothing is read.
 *
 * Never fails, and never holds a navigation long: it goes ahead without the snapshot
 * after PREPARE_WAIT_MS, or at once when `signal` aborts (the operator has gone on to
 * another screen). Without a snapshot a screen reads live, as any other screen does.
 */
export function prepareRoute(
  { db, clock }: Pick<Services, 'db' | 'clock'>,
  route: string,
  signal?: AbortSignal,
): Promise<void> {
  const area = areaOf(route);
  if (area !== '/' && area !== '/map') return Promise.resolve();
  const withMap = area === '/map';
  const now = clock.now();
  const ready = Promise.all([
    heldSnapshotCovers(withMap, now) ? null : readAndHoldSnapshot(db, now, withMap),
    // Fetched once the first screen was drawn; here in case that has not happened yet.
    withMap ? mapScreenModule.load() : null,
  ]).then(
    () => undefined,
    // The screen reads live, and says so itself if the store or its code is not there.
    () => undefined,
  );
  let timer: ReturnType<typeof setTimeout> | undefined;
  let onAbort: (() => void) | undefined;
  const goAhead = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, PREPARE_WAIT_MS);
    onAbort = () => resolve();
    if (signal?.aborted) resolve();
    else signal?.addEventListener('abort', onAbort, { once: true });
  });
  return Promise.race([ready, goAhead]).finally(() => {
    clearTimeout(timer);
    if (onAbort) signal?.removeEventListener('abort', onAbort);
  });
}
