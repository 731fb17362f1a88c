import type { Language } from '../../shared/domain';
import type { SiteDataset } from '../../shared/demo/dataset';
import type { CordonDb } from './CordonDb';
import { clearSites, siteTableNames, writeDataset } from './siteData';

/** The name audit rows carry for what the app does by itself (first-start seeding). */
export const SYSTEM_OPERATOR = 'Cordon';

export type SeedKind = 'demo' | 'year';

export async function buildSeed(kind: SeedKind, now: number, language: Language): Promise<SiteDataset> {
  // Loaded on demand: the builders are not needed on an ordinary start.
  if (kind === 'year') {
    const { generateYear } = await import('../../shared/demo/generateYear');
    return generateYear({ now, language });
  }
  const { buildDemoSite } = await import('../../shared/demo/buildDemoSite');
  return buildDemoSite({ now, language });
}

/**
 * Replaces whatever site is stored with the given one, in one transaction, and records
 * it in the audit. Used on first start and by "reset to demo site".
 */
export async function replaceSite(db: CordonDb, data: SiteDataset, operator: string, at: number, action: 'seed' | 'reset'): Promise<void> {
  const site = data.sites[0];
  if (!site) throw new Error('dataset has no site');
  await db.transaction('rw', [...siteTableNames, 'settings', 'audit'], async () => {
    await clearSites(db);
    await writeDataset(db, data);
    await db.settings.put({ key: 'activeSiteId', value: site.id });
    await db.audit.add({ at, operator, action, table: 'sites', entityId: site.id, siteId: site.id, before: null, after: { name: site.name } });
  });
}

/**
 * On the very first start (no site, never chosen an empty one) the demo site is seeded.
 * Checked inside the write transaction so two windows starting at once seed once.
 */
export async function seedOnFirstStart(db: CordonDb, now: number, language: Language, kind: SeedKind = 'demo'): Promise<boolean> {
  if ((await db.sites.count()) > 0) return false;
  const data = await buildSeed(kind, now, language);
  const site = data.sites[0];
  if (!site) return false;
  return db.transaction('rw', [...siteTableNames, 'settings', 'audit'], async () => {
    if ((await db.sites.count()) > 0) return false;
    await writeDataset(db, data);
    await db.settings.put({ key: 'activeSiteId', value: site.id });
    await db.audit.add({ at: now, operator: SYSTEM_OPERATOR, action: 'seed', table: 'sites', entityId: site.id, siteId: site.id, before: null, after: { name: site.name } });
    return true;
  });
}
