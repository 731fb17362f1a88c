/**
 * The operator's side of the wall benchmark: the app's own store and its own entrance
 * command (renderer/features/entrances/commands.ts), run from a page on the app's origin,
 * so each change is the write the laptop makes (the row, its audit row, its log line, in
 * one transaction) and reaches the wall page by Dexie's cross-window events, as it does
 * from the operator's window. Driven by e2e/bench/wallSection.ts through `window.wallWriter`.
 */
import { CordonDb } from '../../../renderer/db/CordonDb';
import { sessionCommands } from '../../../renderer/db/session';
import { entranceCommands } from '../../../renderer/features/entrances/commands';
import type { EntranceState } from '../../../shared/domain';
import { systemClock } from '../../../shared/time/clock';

const db = new CordonDb();
const ctx = { db, clock: systemClock };
const wallClock = () => performance.timeOrigin + performance.now();

async function entranceId(name: string): Promise<string> {
  const found = (await db.entrances.toArray()).find((e) => e.name === name);
  if (!found) throw new Error(`no entrance named ${name}`);
  return found.id;
}

async function change(id: string, state: EntranceState): Promise<{ t0: number; written: number }> {
  const t0 = wallClock();
  await entranceCommands.setEntranceState(ctx, {
    entranceId: id,
    state,
    reason: '',
    describe: ({ after }) => `${after.name}：${after.state}`,
  });
  return { t0, written: wallClock() };
}

const writer = {
  signOn: async (name: string) => {
    await sessionCommands.signOn(ctx, { name, personId: null });
  },
  entranceId,
  change,
  /** `count` changes one after another, alternating the two states; resolves with the last state set. */
  many: async (id: string, count: number, states: readonly [EntranceState, EntranceState]): Promise<EntranceState> => {
    let last = states[0];
    for (let i = 0; i < count; i++) {
      last = states[i % 2] ?? states[0];
      await change(id, last);
    }
    return last;
  },
};

(window as unknown as { wallWriter: typeof writer }).wallWriter = writer;
document.title = 'ready';
