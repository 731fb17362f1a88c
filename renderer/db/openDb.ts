import { CordonDb } from './CordonDb';

let instance: CordonDb | null = null;

/** The app's store, opened once per window. */
export function getDb(): CordonDb {
  instance ??= new CordonDb();
  return instance;
}

/**
 * Asks the browser not to evict our data under storage pressure. Electron grants it;
 * a browser may refuse, which is reported, not fatal.
 */
export async function requestPersistence(): Promise<boolean> {
  if (!('storage' in navigator) || typeof navigator.storage.persist !== 'function') return false;
  try {
    return (await navigator.storage.persisted()) || (await navigator.storage.persist());
  } catch {
    return false;
  }
}
