import type { Page } from '@playwright/test';

/**
 * Every private value the store holds, read straight from the app's IndexedDB: people's
 * phone numbers, the residents and details of service requests, and the free text typed
 * about people (who crossed and why, incident texts, notes, the activity log). The wall must show none.
 */
export async function privateFacts(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('cordon');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error ?? new Error('open failed'));
    });
    const all = (table: string) =>
      new Promise<Record<string, unknown>[]>((resolve, reject) => {
        const req = db.transaction(table).objectStore(table).getAll();
        req.onsuccess = () => resolve(req.result as Record<string, unknown>[]);
        req.onerror = () => reject(req.error ?? new Error('read failed'));
      });
    const fields: Record<string, string[]> = {
      people: ['phone'],
      serviceRequests: ['resident', 'details'],
      entranceLog: ['subject', 'reason', 'authorisedBy'],
      incidents: ['text', 'outcome'],
      entrances: ['note'],
      patrols: ['note'],
      handoverNotes: ['text'],
      activityLog: ['text'],
    };
    const values: string[] = [];
    for (const [table, names] of Object.entries(fields)) {
      for (const row of await all(table)) {
        for (const name of names) {
          const value = row[name];
          if (typeof value === 'string' && value.trim().length >= 4) values.push(value);
        }
      }
    }
    db.close();
    return values;
  });
}
