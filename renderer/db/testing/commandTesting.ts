import { sessionCommands } from '../session';
import type { Table } from 'dexie';
import { runCommand } from '../command';
import type { CommandContext } from '../commandContext';
import type { EntityWriter } from '../entityWriter';
import type { TableName } from '../tables';
import type { CordonDb } from '../CordonDb';

/** Each table's rows, by the table's name on the store. */
type TableRows = {
  [K in keyof CordonDb as CordonDb[K] extends Table ? K : never]: CordonDb[K] extends Table<infer R> ? R[] : never;
};

/** A command context for unit tests: a clock the test moves by hand, and optionally 陈静 on duty. */
export type TestContext = CommandContext & { tick: (ms: number) => void };

export async function testContext(db: CordonDb, start: number, signedIn = true): Promise<TestContext> {
  let t = start;
  const ctx: TestContext = {
    db,
    clock: { now: () => t },
    tick: (ms) => {
      t += ms;
    },
  };
  if (signedIn) await sessionCommands.signOn(ctx, { name: '陈静', personId: null });
  return ctx;
}

/** Every row of the named tables, to show that a refused command left them exactly as they were. */
export async function tableRows<K extends keyof TableRows>(
  db: CordonDb,
  tables: readonly K[],
): Promise<Pick<TableRows, K>> {
  const rows: Partial<Record<K, unknown[]>> = {};
  for (const name of tables) rows[name] = await db.table(name).toArray();
  return rows as Pick<TableRows, K>;
}

/** Runs `body` as a command of its own over `tables`: for tests of the writer itself. */
export function inCommand<T>(
  ctx: CommandContext,
  tables: readonly TableName[],
  body: (w: EntityWriter) => Promise<T>,
): Promise<T> {
  return runCommand(ctx, { tables, run: (w) => body(w) }, undefined);
}
