import type { CommandContext } from './commandContext';
import type { SeedKind } from './seed';

/**
 * On the very first start (no site, never chosen an empty one) the demo site is seeded.
 * Every other start only counts the sites: the seeding and the command layer (zod with
 * it) load only when there is something to seed, so an ordinary start does not wait
 * for them.
 */
export async function seedIfFirstStart(ctx: CommandContext, kind: SeedKind): Promise<boolean> {
  if ((await ctx.db.sites.count()) > 0) return false;
  const { seedFirstSite } = await import('./seed');
  return seedFirstSite(ctx, kind);
}
