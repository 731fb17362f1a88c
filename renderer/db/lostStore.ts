import { chainRows } from './auditChain';
import type { CordonDb } from './CordonDb';

/** The site this browser profile last worked on, kept outside IndexedDB: the one thing that outlives the store. */
export interface RememberedSite {
  id: string;
  name: string;
}

const KEY = 'cordon.lastSite';

export function rememberedSite(storage: Pick<Storage, 'getItem'>): RememberedSite | null {
  try {
    const value: unknown = JSON.parse(storage.getItem(KEY) ?? 'null');
    if (typeof value !== 'object' || value === null) return null;
    const id: unknown = Reflect.get(value, 'id');
    const name: unknown = Reflect.get(value, 'name');
    return typeof id === 'string' && typeof name === 'string' ? { id, name } : null;
  } catch {
    return null;
  }
}

export function rememberSite(storage: Pick<Storage, 'setItem'>, site: RememberedSite): void {
  try {
    storage.setItem(KEY, JSON.stringify({ id: site.id, name: site.name }));
  } catch {
    // A browser with storage turned off remembers nothing; the store is still the record.
  }
}

/**
 * Whether the store lost a site it held: the profile remembers one, yet the store has
 * neither the site nor a single audit row of it. The audit trail is never deleted (a site
 * reset, deleted or replaced keeps its chain), so a site with no chain left was not taken
 * away by the app: the browser or the disk lost the store (it happened once in a few
 * hundred SIGKILLs in the hard-kill spec), and the app has started afresh.
 */
export async function lostSite(db: CordonDb, remembered: RememberedSite | null): Promise<RememberedSite | null> {
  if (!remembered) return null;
  const [site, onChain] = await Promise.all([db.sites.get(remembered.id), chainRows(db.audit, remembered.id).count()]);
  return site === undefined && onChain === 0 ? remembered : null;
}
