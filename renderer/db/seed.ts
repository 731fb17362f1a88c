import type { Language } from '../../shared/domain';
import type { SiteDataset } from '../../shared/demo/dataset';
import { currentOperator } from './operator';
import type { CordonDb } from './CordonDb';
import { NoOperatorError } from './errors';
import { clearSites, siteTableNames, writeDataset } from './siteData';

/** The name audit rows carry for what the app does by itself (first-start seeding); `system` marks them. */
export const SYSTEM_OPERATOR = 'Cordon';

export type SeedKind = 'demo' | 'year' | 'large-site';

export async function buildSeed(kind: SeedKind, now: number, language: Language): Promise<SiteDataset> {
  // Loaded on demand: the builders are not needed on an ordinary start.
  if (kind === 'year') {
    const { generateYear } = await import('../../shared/demo/generateYear');
    return generateYear({ now, language, idSalt: crypto.randomUUID() });
  }
  if (kind === 'large-site') {
    const { generateLargeSite } = await import('../../shared/demo/generateLargeSite');
    return generateLargeSite({ now, language, idSalt: crypto.randomUUID() });
  }
  const { buildDemoSite } = await import('../../shared/demo/buildDemoSite');
  return buildDemoSite({ now, language, idSalt: crypto.randomUUID() });
}

/**
 * Replaces whatever site is stored with the given one, in one transaction, and records
 * it in the audit. Used on first start and by "reset to demo site".
 */
export async function replaceSite(db: CordonDb, data: SiteDataset, at: number): Promise<void> {
  const site = data.sites[0];
  if (!site) throw new Error('dataset has no site');
  await db.transaction('rw', [...siteTableNames, 'settings', 'audit'], async () => {
    // Checked inside the transaction: nothing is deleted unless someone is on duty to answer for it.
    const operator = (await currentOperator(db))?.name;
    if (!operator) throw new NoOperatorError();
    await clearSites(db);
    await installSite(db, data, site, { at, operator, action: 'reset' });
  });
}

/** Writes a site, makes it the active one and records it, in the caller's transaction. */
async function installSite(
  db: CordonDb,
  data: SiteDataset,
  site: SiteDataset['sites'][number],
  audit: { at: number; operator: string; action: 'seed' | 'reset'; system?: true },
): Promise<void> {
  await writeDataset(db, data);
  await db.settings.put({ key: 'activeSiteId', value: site.id });
  await db.audit.add({
    ...audit,
    table: 'sites',
    entityId: site.id,
    siteId: site.id,
    before: null,
    after: { name: site.name },
  });
}

/**
 * On the very first start (no site, never chosen an empty one) the demo site is seeded.
 * Checked inside the write transaction so two windows starting at once seed once.
 */
export async function seedOnFirstStart(
  db: CordonDb,
  now: number,
  language: Language,
  kind: SeedKind = 'demo',
): Promise<boolean> {
  if ((await db.sites.count()) > 0) return false;
  const data = await buildSeed(kind, now, language);
  const site = data.sites[0];
  if (!site) return false;
  return db.transaction('rw', [...siteTableNames, 'settings', 'audit'], async () => {
    if ((await db.sites.count()) > 0) return false;
    await installSite(db, data, site, { at: now, operator: SYSTEM_OPERATOR, action: 'seed', system: true });
    return true;
  });
}
