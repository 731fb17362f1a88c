import { Dexie } from 'dexie';
import { heldSnapshotCovers, readAndHoldSnapshot } from '../db/screenSnapshot';
import { whenIdleAfterPaint } from '../ui/whenIdleAfterPaint';
import type { Services } from './ServicesContext';

/** How often the minute is looked at: a snapshot stands for the minute it was read in. */
const MINUTE_CHECK_MS = 15_000;

/**
 * Keeps a snapshot of all the map draws held while the operator is on another screen, so
 * opening the map (the screen opened most) reads nothing first and draws at once. Read when
 * the page is idle after a frame: at first, after each change to the store (a change drops
 * the snapshot) and when the minute turns. One read at a time; changes made while it is
 * read are caught by the next. A read that fails waits for the next change. Returns a
 * function that stops it.
 */
export function keepMapSnapshot(
  { db, clock }: Pick<Services, 'db' | 'clock'>,
  whenIdle = whenIdleAfterPaint,
): () => void {
  let stopped = false;
  let scheduled: (() => void) | null = null;
  let reading = false;

  const read = () => {
    scheduled = null;
    if (stopped || heldSnapshotCovers(true, clock.now())) return;
    reading = true;
    readAndHoldSnapshot(db, clock.now(), true).then(
      () => {
        reading = false;
        // Not held: the store changed while it was read.
        if (!heldSnapshotCovers(true, clock.now())) refresh();
      },
      () => {
        reading = false;
      },
    );
  };
  // Looks only once idle: the change that called it may not have dropped the snapshot yet.
  function refresh() {
    if (stopped || reading || scheduled) return;
    scheduled = whenIdle(read);
  }

  Dexie.on.storagemutated.subscribe(refresh);
  const minutes = setInterval(refresh, MINUTE_CHECK_MS);
  refresh();
  return () => {
    stopped = true;
    scheduled?.();
    Dexie.on.storagemutated.unsubscribe(refresh);
    clearInterval(minutes);
  };
}
