import Dexie, { liveQuery } from 'dexie';
import type { CordonDb } from '../CordonDb';
import { withCommitted, type CommittedRows } from './committedRows';
import { keepUnchanged } from './keepUnchanged';
import type { LiveReadsLike, Query, QueryArg } from './query';

/** What a live read holds now: its data once it has answered, and whether an answer is still to come. */
export interface LiveState<T> {
  readonly data: T | undefined;
  readonly loading: boolean;
  readonly error: unknown;
}

const LOADING: LiveState<never> = { data: undefined, loading: true, error: undefined };

/**
 * How long a live query keeps running with nobody watching it. A route starts its
 * screen's queries before the screen mounts (the screen's code may still be on its way,
 * up to the route's wait), and a screen left for another stops watching: this bridges
 * the first gap and lets the second end without a read being thrown away mid-answer.
 */
export const RELEASE_AFTER_MS = 2000;

/**
 * Every so many writes to the store (in any window), a live query that has not read again
 * since the last count is subscribed afresh. Dexie's liveQuery gathers every write it is
 * told of until it next reads (to know whether that write touched its read), so a query
 * that no write touches (the shift, while entrances change) keeps every key written to
 * every table: on the wall screen, 5 kB per write, without end. Subscribing afresh costs
 * one read and lets that go. `npm run bench`'s wall section measures the heap.
 */
export const RENEW_EVERY_WRITES = 64;

/**
 * One live query (Dexie's `liveQuery`): subscribed from the moment it is asked for, so a
 * change made at any moment after that, in this window or another, is in its next answer.
 * An answer that holds the same data as the last hands on nothing, and one that changed a
 * few rows keeps the other rows as they were (keepUnchanged), so React redraws only those.
 */
export class LiveEntry<T> {
  private state: LiveState<T> = LOADING;
  private readonly listeners = new Set<() => void>();
  private subscription: { unsubscribe(): void } | null = null;
  private releaseTimer: ReturnType<typeof setTimeout> | undefined;
  /** Answers from the store so far, and at the last renewal check. */
  private answers = 0;
  private answersAtCheck = 0;
  private resolveAnswered: () => void = () => undefined;
  /** Settles with the first answer, data or error: what a route waits for. */
  readonly answered: Promise<void>;

  constructor(
    private readonly read: () => Promise<T>,
    private readonly onRelease: () => void,
    private readonly onRevive: () => void,
    private readonly releaseAfterMs: number,
  ) {
    this.answered = new Promise((resolve) => {
      this.resolveAnswered = resolve;
    });
    this.start();
    this.scheduleRelease();
  }

  private start(): void {
    this.subscription = liveQuery(this.read).subscribe({
      next: (value) => {
        this.answers += 1;
        const kept = keepUnchanged(this.state.data, value);
        if (!this.state.loading && this.state.error === undefined && kept === this.state.data) return;
        this.set({ data: kept, loading: false, error: undefined });
      },
      error: (error: unknown) => this.set({ data: this.state.data, loading: false, error }),
    });
  }

  /** For `useSyncExternalStore`: a bound function, the same for the entry's whole life. */
  readonly getState = (): LiveState<T> => this.state;

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    clearTimeout(this.releaseTimer);
    this.releaseTimer = undefined;
    // Released meanwhile: a component drawn with it mounted only after the release (a
    // transition held longer than the release time). It watches the store again.
    if (!this.subscription) {
      this.start();
      this.onRevive();
    }
    return () => {
      this.listeners.delete(listener);
      if (this.listeners.size === 0) this.scheduleRelease();
    };
  };

  /** Puts rows just committed in this window in place, until the query's own next answer (withCommitted). */
  showCommitted(rows: CommittedRows): void {
    if (this.state.data === undefined) return;
    const data = withCommitted(this.state.data, rows);
    if (data !== this.state.data) this.set({ ...this.state, data });
  }

  /** Subscribes afresh if the query has not read again since the last check (RENEW_EVERY_WRITES). */
  renewIfQuiet(): void {
    const quiet = this.answers === this.answersAtCheck;
    this.answersAtCheck = this.answers;
    if (!quiet || !this.subscription) return;
    const old = this.subscription;
    // The fresh subscription's first answer is the renewal's own read, not a write it heard of.
    this.answersAtCheck = this.answers + 1;
    this.start();
    old.unsubscribe();
  }

  /** Stops the query now: when released, and when the window's reads are closed. */
  stop(): void {
    clearTimeout(this.releaseTimer);
    this.subscription?.unsubscribe();
    this.subscription = null;
  }

  private set(state: LiveState<T>): void {
    this.state = state;
    this.resolveAnswered();
    for (const listener of [...this.listeners]) listener();
  }

  private scheduleRelease(): void {
    this.releaseTimer = setTimeout(() => {
      this.stop();
      this.onRelease();
    }, this.releaseAfterMs);
  }
}

/**
 * The window's live queries, by query and arguments: a screen's hooks and its route's
 * first read share them. Held by the app's services (one per window), never by a module.
 */
export class LiveReads implements LiveReadsLike {
  private readonly entries = new Map<object, Map<string, LiveEntry<unknown>>>();
  private writes = 0;
  private readonly onWrite = () => {
    this.writes += 1;
    if (this.writes % this.renewEveryWrites !== 0) return;
    for (const byArgs of this.entries.values()) for (const entry of byArgs.values()) entry.renewIfQuiet();
  };

  constructor(
    readonly db: CordonDb,
    private readonly releaseAfterMs = RELEASE_AFTER_MS,
    private readonly renewEveryWrites = RENEW_EVERY_WRITES,
  ) {
    Dexie.on('storagemutated', this.onWrite);
  }

  /** The live query for these arguments, started now if it is not running. */
  entry<A extends readonly QueryArg[], T>(query: Query<A, T>, args: A): LiveEntry<T> {
    const key = JSON.stringify(args);
    let byArgs = this.entries.get(query);
    if (!byArgs) {
      byArgs = new Map();
      this.entries.set(query, byArgs);
    }
    const found = byArgs.get(key);
    // Entries under a query are made only here, by that query: the type is the query's.
    if (found) return found as LiveEntry<T>;
    const made = new LiveEntry<T>(
      () => query.read(this.db, ...args),
      () => {
        if (byArgs.get(key) === made) byArgs.delete(key);
      },
      () => {
        if (!byArgs.has(key)) byArgs.set(key, made);
      },
      this.releaseAfterMs,
    );
    byArgs.set(key, made);
    return made;
  }

  /** Starts the query (if it is not running) and settles once it has answered. */
  answered<A extends readonly QueryArg[], T>(query: Query<A, T>, args: A): Promise<void> {
    return this.entry(query, args).answered;
  }

  /** What the query holds now, without starting it: undefined when it is not running or has not answered. */
  peek<A extends readonly QueryArg[], T>(query: Query<A, T>, args: A): T | undefined {
    const found = this.entries.get(query)?.get(JSON.stringify(args));
    return (found as LiveEntry<T> | undefined)?.getState().data;
  }

  /**
   * Shows what a command has just committed in this window on every query whose answer
   * lists those rows, in the next frame: the queries read again once the store tells them
   * of the change, which on a large site comes a frame later.
   */
  showCommitted(rows: CommittedRows): void {
    if (rows.size === 0) return;
    for (const byArgs of this.entries.values()) for (const entry of byArgs.values()) entry.showCommitted(rows);
  }

  /** Stops every query: a test's end, or a window closing. */
  close(): void {
    Dexie.on.storagemutated.unsubscribe(this.onWrite);
    for (const byArgs of this.entries.values()) for (const entry of byArgs.values()) entry.stop();
    this.entries.clear();
  }
}
