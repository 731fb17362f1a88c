import type { Page } from '@playwright/test';

/** Every row of the app's store, by table, as IndexedDB holds it. */
export type StoreDump = Record<string, unknown[]>;

/**
 * Reads the app's IndexedDB ('cordon') with the raw API, not through the app: every table
 * but `skip`, in one read-only transaction, so the picture is of one moment even while
 * the app writes (a missed round logged by itself). Opened without a version, it reads
 * the store as the app left it and never upgrades it.
 */
export function dumpStore(page: Page, skip: readonly string[] = ['planAssets']): Promise<StoreDump> {
  return page.evaluate(
    async (skipped) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const req = indexedDB.open('cordon');
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error ?? new Error('the store does not open'));
        req.onupgradeneeded = () => {
          req.transaction?.abort();
          reject(new Error('no store named cordon'));
        };
      });
      try {
        const names = [...db.objectStoreNames].filter((n) => !skipped.includes(n));
        const tx = db.transaction(names, 'readonly');
        const tables = await Promise.all(
          names.map(
            (name) =>
              new Promise<[string, unknown[]]>((resolve, reject) => {
                const req = tx.objectStore(name).getAll();
                req.onsuccess = () => resolve([name, req.result as unknown[]]);
                req.onerror = () => reject(req.error ?? new Error(`${name} does not read`));
              }),
          ),
        );
        return Object.fromEntries(tables);
      } finally {
        db.close();
      }
    },
    [...skip],
  );
}
