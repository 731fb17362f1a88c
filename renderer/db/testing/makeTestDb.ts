import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { CordonDb } from '../CordonDb';

/** A store in a fresh in-memory IndexedDB, for unit tests under Node. */
export function makeTestDb(options: { upTo?: number; factory?: IDBFactory; name?: string } = {}): CordonDb {
  return new CordonDb(options.name ?? 'cordon-test', {
    indexedDB: options.factory ?? new IDBFactory(),
    IDBKeyRange,
    ...(options.upTo !== undefined ? { upTo: options.upTo } : {}),
  });
}
