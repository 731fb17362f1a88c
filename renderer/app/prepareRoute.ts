import { readAndHoldSnapshot } from '../db/bootSnapshot';
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
 * layer by layer over several renders. Never fails, and never holds a navigation long:
 * without a snapshot a screen reads live, as any other screen does.
 */
export function prepareRoute({ db, clock }: Pick<Services, 'db' | 'clock'>, route: string): Promise<void> {
  const area = areaOf(route);
  if (area !== '/' && area !== '/map') return Promise.resolve();
  const ready = Promise.all([
    readAndHoldSnapshot(db, clock.now(), area === '/map'),
    // Fetched once the first screen was drawn; here in case that has not happened yet.
    area === '/map' ? mapScreenModule.load() : null,
  ]).then(
    () => undefined,
    // The screen reads live, and says so itself if the store or its code is not there.
    () => undefined,
  );
  let timer: ReturnType<typeof setTimeout> | undefined;
  const cap = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, PREPARE_WAIT_MS);
  });
  return Promise.race([ready, cap]).finally(() => clearTimeout(timer));
}
