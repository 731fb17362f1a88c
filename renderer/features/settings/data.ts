import { siteSchema, type Language } from '../../../shared/domain';
import { emptyDataset } from '../../../shared/demo/dataset';
import { parseOrThrow } from '../../db/command';
import type { CommandContext } from '../../db/commandContext';
import { buildSeed, replaceSite } from '../../db/seed';

/** Deletes the current site and loads the demo site in the given language. */
export async function resetToDemo(ctx: CommandContext, language: Language): Promise<void> {
  const now = ctx.clock.now();
  const data = await buildSeed('demo', now, language);
  await replaceSite(ctx.db, data, now);
}

/** Deletes the current site and starts an empty one on a blank grid. */
export async function startEmptySite(ctx: CommandContext, name: string): Promise<void> {
  const now = ctx.clock.now();
  const site = parseOrThrow(siteSchema, {
    id: crypto.randomUUID(),
    name,
    town: '',
    timeZone: 'Asia/Shanghai',
    residents: 0,
    closureStartedAt: null,
    plan: { kind: 'grid', width: 1000, height: 700, metresPerUnit: 0.25 },
    createdAt: now,
  });
  await replaceSite(ctx.db, { ...emptyDataset(), sites: [site] }, now);
}
