import type { Table } from 'dexie';
import type { CordonDb } from './CordonDb';

/** The name of each table of the store, as commands name what they touch. */
export type TableName = { [K in keyof CordonDb]: CordonDb[K] extends Table ? K : never }[keyof CordonDb];

/** The tables whose rows are entities with a string `id`: what EntityWriter writes and audits. */
export type EntityTable = {
  [K in keyof CordonDb]: CordonDb[K] extends Table<infer T, string> ? (T extends { id: string } ? K : never) : never;
}[keyof CordonDb];

export type Row<K extends EntityTable> = CordonDb[K] extends Table<infer T, string> ? T & { id: string } : never;
