import type { LiveState } from './LiveReads';

/**
 * What one hook last showed, so a change of arguments keeps it on screen until the new
 * query answers. `view` returns the same object for the same state, as
 * useSyncExternalStore requires.
 */
export class LastShown<T> {
  private last: T | undefined;
  private from: LiveState<T> | null = null;
  private held: LiveState<T> | null = null;

  view(state: LiveState<T>): LiveState<T> {
    if (state.data !== undefined || !state.loading) {
      this.last = state.data;
      return state;
    }
    if (this.last === undefined) return state;
    if (this.from !== state || this.held === null || this.held.data !== this.last) {
      this.from = state;
      this.held = { data: this.last, loading: true, error: undefined };
    }
    return this.held;
  }
}
