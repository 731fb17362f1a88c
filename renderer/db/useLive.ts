import { liveQuery } from 'dexie';
import { useObservable, type InteropableObservable } from 'dexie-react-hooks';

/**
 * The app's live read: `useLiveQuery` of dexie-react-hooks, except that a hook given a
 * value to start from (the start-up snapshot's) starts watching the store once the next
 * frame is painted, not before it.
 *
 * At start a screen renders at once from what the start-up read found; each of its live
 * queries would then run its query again and render again before that first frame.
 * Nothing is missed by starting a frame later: a live query's first run reads what the
 * store holds then, so a change made meanwhile (here or in another window) still shows.
 * A hook with nothing to start from reads at once.
 */
export function useLive<T>(querier: () => Promise<T> | T, deps: readonly unknown[]): T | undefined;
export function useLive<T, TInitial>(querier: () => Promise<T> | T, deps: readonly unknown[], initial: TInitial): T | TInitial;
export function useLive<T, TInitial>(querier: () => Promise<T> | T, deps: readonly unknown[], initial?: TInitial): T | TInitial | undefined {
  return useObservable(() => watch(querier, initial !== undefined), [...deps], initial);
}

function watch<T>(querier: () => Promise<T> | T, afterPaint: boolean): InteropableObservable<T> {
  const query = liveQuery(querier);
  return {
    // No value before subscribing: dexie-react-hooks would otherwise subscribe and drop a
    // subscription during render just to look for one.
    hasValue: () => false,
    subscribe(onNext, onError) {
      if (!afterPaint) {
        const subscription = query.subscribe(onNext, onError);
        return () => subscription.unsubscribe();
      }
      let subscription: { unsubscribe(): void } | null = null;
      let closed = false;
      const start = () => {
        if (closed || subscription) return;
        subscription = query.subscribe(onNext, onError);
      };
      let afterFrame: ReturnType<typeof setTimeout> | undefined;
      // The frame callback runs just before the next paint; the timeout, just after it.
      const frame = requestAnimationFrame(() => {
        afterFrame = setTimeout(start, 0);
      });
      // A hidden or minimised window paints no frames: start anyway, a little later.
      const fallback = setTimeout(start, 100);
      return () => {
        closed = true;
        cancelAnimationFrame(frame);
        clearTimeout(afterFrame);
        clearTimeout(fallback);
        subscription?.unsubscribe();
      };
    },
  };
}
