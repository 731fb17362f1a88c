import { liveQuery } from 'dexie';
import { useRef, type RefObject } from 'react';
import { useObservable, type InteropableObservable } from 'dexie-react-hooks';
import { whenIdleAfterPaint } from '../ui/whenIdleAfterPaint';
import { keepUnchanged } from './keepUnchanged';

/**
 * The app's live read: `useLiveQuery` of dexie-react-hooks, except that a hook given a
 * value to start from (a held snapshot's: screenSnapshot) starts watching the store once the next
 * frame is painted and the page is idle (500 ms at most), not before.
 *
 * At start, and when the overview or the map is opened, a screen renders at once from
 * what the snapshot read before it found; each of its live queries would then run its
 * query again, competing with drawing the screen.
 * Nothing is missed by starting later: a live query's first run reads what the store
 * holds then, so a change made meanwhile (here or in another window) still shows.
 * A hook with nothing to start from reads at once, and so does a hook whose deps change
 * after it started watching.
 *
 * A run that finds what the hook already shows hands on nothing, and one that finds a
 * few rows changed hands on the others as they were (keepUnchanged): the first run after
 * a snapshot renders nothing again, and a change to one entrance re-renders
 * one marker.
 */
export function useLive<T>(querier: () => Promise<T> | T, deps: readonly unknown[]): T | undefined;
export function useLive<T, TInitial>(
  querier: () => Promise<T> | T,
  deps: readonly unknown[],
  initial: TInitial,
): T | TInitial;
export function useLive<T, TInitial>(
  querier: () => Promise<T> | T,
  deps: readonly unknown[],
  initial?: TInitial,
): T | TInitial | undefined {
  // What the hook shows now. After a change of deps it still shows the last query's value
  // until the new query answers, so this outlives each query.
  const shown = useRef<Shown>({ value: initial, any: initial !== undefined, watching: false });
  return useObservable(() => watch(querier, initial !== undefined, shown), [...deps], initial);
}

interface Shown {
  value: unknown;
  /** false until the hook shows a value (a hook with nothing to start from shows `undefined` until its first answer) */
  any: boolean;
  /** A query has started: only the hook's first waits for the first frame, a change of deps reads at once. */
  watching: boolean;
}

function watch<T>(
  querier: () => Promise<T> | T,
  afterPaint: boolean,
  shown: RefObject<Shown>,
): InteropableObservable<T> {
  const query = liveQuery(querier);
  return {
    // No value before subscribing: dexie-react-hooks would otherwise subscribe and drop a
    // subscription during render just to look for one.
    hasValue: () => false,
    subscribe(next, onError) {
      const onNext = (value: T) => {
        const kept = keepUnchanged(shown.current.value, value);
        if (shown.current.any && kept === shown.current.value) return;
        shown.current = { value: kept, any: true, watching: true };
        next(kept);
      };
      if (!afterPaint || shown.current.watching) {
        shown.current.watching = true;
        const subscription = query.subscribe(onNext, onError);
        return () => subscription.unsubscribe();
      }
      let subscription: { unsubscribe(): void } | null = null;
      // Once the rest of the first screen is drawn.
      const cancel = whenIdleAfterPaint(() => {
        shown.current.watching = true;
        subscription = query.subscribe(onNext, onError);
      });
      return () => {
        cancel();
        subscription?.unsubscribe();
      };
    },
  };
}
