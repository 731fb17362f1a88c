import type { CordonDb } from '../CordonDb';

/** What a query may be asked with: plain values, so two asks with the same values are the same read. */
export type QueryArg = string | number | boolean | null | readonly string[];

/**
 * A named read of the store: the one way data reaches a screen. A screen reads it live
 * with `useLive(query, ...args)`; a route names the queries its screen reads first
 * (app/screens.ts), so they have answered before the screen replaces the one before.
 * Both go through the window's `LiveReads`, so the same query with the same arguments
 * is one live query, whoever asks.
 */
export interface Query<A extends readonly QueryArg[], T> {
  /** For people reading errors and the docs; the query object itself is the key. */
  readonly name: string;
  readonly read: (db: CordonDb, ...args: A) => Promise<T>;
}

export function defineQuery<A extends readonly QueryArg[], T>(
  name: string,
  read: (db: CordonDb, ...args: A) => Promise<T>,
): Query<A, T> {
  return { name, read };
}

/** A query with its arguments, as a route lists what its screen reads first. */
export interface QueryCall {
  readonly name: string;
  readonly start: (reads: LiveReadsLike) => Promise<void>;
}

/** The part of LiveReads a call needs: kept apart so this file stays free of the cache. */
export interface LiveReadsLike {
  answered<A extends readonly QueryArg[], T>(query: Query<A, T>, args: A): Promise<void>;
}

export function call<A extends readonly QueryArg[], T>(query: Query<A, T>, ...args: A): QueryCall {
  return { name: query.name, start: (reads) => reads.answered(query, args) };
}
