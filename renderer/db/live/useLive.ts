import { useState, useSyncExternalStore } from 'react';
import { useServices } from '../../services/useServices';
import { LastShown } from './lastShown';
import type { LiveState } from './LiveReads';
import type { Query, QueryArg } from './query';

/**
 * The one way a screen reads the store: a live query (Dexie's liveQuery, through the
 * window's LiveReads), subscribed as the component mounts, answering again after every
 * change that touches what it read, here or in another window.
 *
 * `data` is undefined until the first answer; when the arguments change (the minute
 * turns, the operator types), the last answer stays shown, with `loading`, until the new
 * one is in, so nothing blanks in between. The route's first read (app/screens.ts) has
 * usually answered before the screen mounts, and then the first render has the data.
 *
 * A read that fails is thrown to the screen's error boundary, which says so in the user's
 * language and offers to reload, as it does for a screen whose code fails to load.
 */
export function useLive<A extends readonly QueryArg[], T>(query: Query<A, T>, ...args: A): LiveState<T> {
  const { live } = useServices();
  const entry = live.entry(query, args);
  const [shown] = useState(() => new LastShown<T>());
  const state = useSyncExternalStore(entry.subscribe, () => shown.view(entry.getState()));
  if (state.error !== undefined) {
    throw state.error instanceof Error ? state.error : new Error(`${query.name} failed`, { cause: state.error });
  }
  return state;
}
