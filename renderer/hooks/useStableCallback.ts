import { useLayoutEffect, useMemo, useRef } from 'react';

/**
 * A function that keeps its identity from render to render and calls the latest `fn`
 * (undefined while `fn` is). Memoised children given it, such as a map layer's thousands
 * of markers, do not re-render just because their parent made a new closure.
 */
export function useStableCallback<A extends unknown[], R>(fn: ((...args: A) => R) | undefined): ((...args: A) => R) | undefined {
  const latest = useRef(fn);
  useLayoutEffect(() => {
    if (fn) latest.current = fn;
  });
  const present = fn !== undefined;
  return useMemo(() => {
    if (!present) return undefined;
    return (...args: A): R => {
      const call = latest.current;
      // Cannot happen: it is handed out only once a function was given, and kept since.
      if (!call) throw new Error('useStableCallback: no function to call');
      return call(...args);
    };
  }, [present]);
}
