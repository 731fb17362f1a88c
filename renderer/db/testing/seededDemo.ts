import { seedFirstSite } from '../seed';
import { testContext } from './commandTesting';
import { makeTestDb } from './makeTestDb';

/** A fresh store with the demo site seeded as a first start at `now` does, someone on duty, and the site. */
export async function seededDemo(now: number) {
  const ctx = await testContext(makeTestDb(), now);
  await seedFirstSite(ctx);
  const site = await ctx.db.sites.toCollection().first();
  if (!site) throw new Error('no site');
  return { ctx, db: ctx.db, site };
}
