import { defaultPatrolRules, defaultShiftRules, siteSchema, type Language } from '../../../shared/domain';
import { emptyDataset, type SiteDataset } from '../../../shared/demo/dataset';
import { defineCommands, parseOrThrow } from '../../db/command';
import type { CommandContext } from '../../db/commandContext';
import { buildSeed } from '../../db/seed';
import { removeSite } from '../../db/backup/backupCommands';
import { activeSiteId, siteRowTables, type BackedUp } from '../../db/backup/siteRows';
import type { EntityWriter } from '../../db/entityWriter';

/** The site the post works on goes (its rows; its audit chain stays, with its deletion recorded on it). */
async function removeCurrentSite(w: EntityWriter, backedUp: BackedUp | null): Promise<void> {
  const current = await activeSiteId(w.db);
  if (current) await removeSite(w, current, backedUp);
}

/** What Settings change: the current site, replaced as a whole. The audit trail is kept. */
export const settingsCommands = defineCommands('settings', {
  /** Deletes the current site and installs the given demo site in its place. */
  resetToDemo: {
    tables: siteRowTables,
    run: async (w, { data, backedUp }: { data: SiteDataset; backedUp: BackedUp | null }) => {
      await removeCurrentSite(w, backedUp);
      await w.installSite(data, 'reset');
    },
  },
  /** Deletes the current site and starts an empty one on a blank grid. */
  startEmptySite: {
    tables: siteRowTables,
    run: async (w, { name, backedUp }: { name: string; backedUp: BackedUp | null }) => {
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
      await removeCurrentSite(w, backedUp);
      await w.installSite({ ...emptyDataset(), sites: [site] }, 'reset');
    },
  },
});

/** The demo site in the given language, built before its command runs (a transaction cannot wait for the builder). */
export async function resetToDemo(ctx: CommandContext, language: Language, backedUp: BackedUp | null): Promise<void> {
  const data = await buildSeed('demo', ctx.clock.now(), language);
  await settingsCommands.resetToDemo(ctx, { data, backedUp });
}
