import type { CommandContext } from './commandContext';
import type { LiveEntry, LiveReads } from './live/LiveReads';
import { session, type Session } from './queries/session';
import type { SeedKind } from './seed';

/**
 * The shell's session, read live, for the start: on the very first start (no site,
 * never chosen an empty one) the demo site is seeded first. An ordinary start reads the
 * session and nothing more: the seeding and the command layer (zod with it) load only
 * when there is something to seed.
 */
export async function startSession(ctx: CommandContext & { live: LiveReads }, kind: SeedKind): Promise<Session> {
  const entry = ctx.live.entry(session, []);
  await entry.answered;
  const read = entry.getState().data;
  if (read?.site) return read;
  const { seedFirstSite } = await import('./seed');
  await seedFirstSite(ctx, kind);
  // Seeded here, or by another window starting at the same moment: the session shows it.
  return withSite(entry);
}

function withSite(entry: LiveEntry<Session>): Promise<Session> {
  return new Promise((resolve) => {
    const check = () => {
      const data = entry.getState().data;
      if (!data?.site) return false;
      off();
      resolve(data);
      return true;
    };
    const off = entry.subscribe(() => void check());
    check();
  });
}
