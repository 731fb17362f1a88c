import type { Language } from '../../shared/domain';
import { readSetting } from '../../shared/domain/settingValues';
import type { SiteDataset } from '../../shared/demo/dataset';
import { localDate } from '../../shared/time/zoned';
import { defineCommands } from './command';
import type { CommandContext } from './commandContext';
import { siteTableNames } from './siteData';

export type SeedKind = 'demo' | 'year' | 'large-site' | 'shift-site' | 'sheet-site';

type Builder = (options: { now: number; language: Language; idSalt: string }) => SiteDataset;

/** Each kind's builder, loaded on demand: none is needed on an ordinary start. */
const builders: Record<SeedKind, () => Promise<Builder>> = {
  demo: async () => (await import('../../shared/demo/buildDemoSite')).buildDemoSite,
  year: async () => (await import('../../shared/demo/generateYear')).generateYear,
  'large-site': async () => (await import('../../shared/demo/generateLargeSite')).generateLargeSite,
  // The week from today, so the board opens on it.
  'shift-site': async () => {
    const [{ generateShiftSite }, { siteTimeZone }] = await Promise.all([
      import('../../shared/demo/generateShiftSite'),
      import('../../shared/demo/context'),
    ]);
    return (options) => generateShiftSite({ ...options, from: localDate(options.now, siteTimeZone) });
  },
  'sheet-site': async () => (await import('../../shared/demo/generateSheetSite')).generateSheetSite,
};

export async function buildSeed(kind: SeedKind, now: number, language: Language): Promise<SiteDataset> {
  const build = await builders[kind]();
  return build({ now, language, idSalt: crypto.randomUUID() });
}

/** What the app writes by itself, answered for by the app (`system` in the audit trail). */
export const seedCommands = defineCommands('seed', {
  /**
   * The first site, on a store that has none. Checked again inside the write
   * transaction, so two windows starting at once seed once.
   */
  seedFirstSite: {
    tables: siteTableNames,
    by: 'system',
    run: async (w, data: SiteDataset) => {
      if ((await w.db.sites.count()) > 0) return false;
      await w.installSite(data, 'seed');
      return true;
    },
  },
});

/**
 * Seeds the first site (the demo, on a store found empty: db/firstStart.ts), in the
 * language of the screen. The dataset is built before the transaction: an IndexedDB
 * transaction cannot wait for other work. Resolves false when another window seeded first.
 */
export async function seedFirstSite(ctx: CommandContext, kind: SeedKind = 'demo'): Promise<boolean> {
  const language = readSetting('language', (await ctx.db.settings.get('language'))?.value) ?? 'zh-CN';
  const data = await buildSeed(kind, ctx.clock.now(), language);
  return seedCommands.seedFirstSite(ctx, data);
}
