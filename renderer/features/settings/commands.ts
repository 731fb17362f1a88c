import { defaultPatrolRules, defaultShiftRules, siteSchema, type Language } from '../../../shared/domain';
import { emptyDataset, type SiteDataset } from '../../../shared/demo/dataset';
import { defineCommands, parseOrThrow } from '../../db/command';
import type { CommandContext } from '../../db/commandContext';
import { buildSeed } from '../../db/seed';
import { siteTableNames } from '../../db/siteData';

/** What Settings change: the site itself, replaced as a whole. The audit trail is kept. */
export const settingsCommands = defineCommands('settings', {
  /** Deletes the current site and installs the given demo site in its place. */
  resetToDemo: {
    tables: siteTableNames,
    run: async (w, data: SiteDataset) => {
      await w.clearSites();
      await w.installSite(data, 'reset');
    },
  },
  /** Deletes the current site and starts an empty one on a blank grid. */
  startEmptySite: {
    tables: siteTableNames,
    run: async (w, { name }: { name: string }) => {
      const site = parseOrThrow(siteSchema, {
        id: crypto.randomUUID(),
        name,
        town: '',
        timeZone: 'Asia/Shanghai',
        residents: 0,
        closureStartedAt: null,
        plan: { kind: 'grid', width: 1000, height: 700, metresPerUnit: 0.25 },
        shiftRules: { ...defaultShiftRules },
        patrolRules: { ...defaultPatrolRules },
        createdAt: w.at,
      });
      await w.clearSites();
      await w.installSite({ ...emptyDataset(), sites: [site] }, 'reset');
    },
  },
});

/** The demo site in the given language, built before its command runs (a transaction cannot wait for the builder). */
export async function resetToDemo(ctx: CommandContext, language: Language): Promise<void> {
  const data = await buildSeed('demo', ctx.clock.now(), language);
  await settingsCommands.resetToDemo(ctx, data);
}
