import type { Operator } from '../../shared/domain';
import type { CommandContext } from './commandContext';
import { EntityWriter, type Actor } from './entityWriter';
import { NoOperatorError } from './errors';
import { currentOperator } from './operator';
import type { TableName } from './tables';

export { parseOrThrow } from './parseOrThrow';

/** The name audit rows carry for what the app does by itself (first-start seeding); `system` marks them. */
export const SYSTEM_OPERATOR = 'Cordon';

/**
 * One thing the app can change, as an area lists it: the tables it touches, who answers
 * for it, and the function that does it. Its input is parsed inside, with the entity's
 * schema, by the writer.
 */
export interface CommandDef<I, O> {
  /** Tables it reads or writes, besides the audit trail and the settings, which every command has. */
  readonly tables: readonly TableName[];
  /**
   * Who answers for it in the audit trail: the operator on duty (the default; refused
   * when nobody is signed on), the app itself (first-start seeding), or nobody (a
   * preference of this laptop, which writes no audit row; signing on names the operator
   * coming on itself).
   */
  readonly by?: 'operator' | 'system' | 'anyone';
  readonly run: (w: EntityWriter, input: I) => Promise<O>;
}

/** A command ready to run: `command(ctx, input)`, and what it is, for lists and tests. */
export interface Command<I, O> {
  (ctx: CommandContext, input: I): Promise<O>;
  readonly area: string;
  readonly commandName: string;
  readonly tables: readonly TableName[];
}

/** What a command is, for lists of them: its area, its name, the tables it touches. */
export type CommandInfo = Pick<Command<never, unknown>, 'area' | 'commandName' | 'tables'>;

type Commands<D> = { [K in keyof D]: D[K] extends CommandDef<infer I, infer O> ? Command<I, O> : never };

/**
 * An area's commands, in one typed list (like Actual Budget's handler map): the list is
 * the answer to "what can this area change?". Each becomes a function that runs it in
 * one transaction (runCommand).
 */
export function defineCommands<D extends Record<string, CommandDef<never, unknown>>>(
  area: string,
  defs: D,
): Commands<D> {
  const out: Record<string, unknown> = {};
  for (const [commandName, def] of Object.entries(defs)) {
    const command = (ctx: CommandContext, input: never) => runCommand(ctx, def, input);
    out[commandName] = Object.assign(command, { area, commandName, tables: def.tables });
  }
  // Built key by key from `defs` above, each entry the command of the def of that name.
  return out as Commands<D>;
}

/**
 * Runs a command: one read-write transaction over the tables it names plus the audit
 * and settings tables, so a change and its audit row land together or not at all.
 * Refuses to write anything when the command needs an operator and nobody is on duty.
 */
export async function runCommand<I, O>(ctx: CommandContext, def: CommandDef<I, O>, input: I): Promise<O> {
  const { db } = ctx;
  const tables: TableName[] = [...new Set<TableName>([...def.tables, 'audit', 'settings'])];
  const written = new Map<string, object | null>();
  const result = await db.transaction('rw', tables, async () => {
    const actor = await actorOf(def.by, () => currentOperator(db));
    return def.run(new EntityWriter(db, actor, ctx.clock.now(), written), input);
  });
  // Committed: this window shows what changed in its next frame, before its live queries
  // have read it again (a few milliseconds more; a frame more on a large site).
  ctx.live?.showCommitted(written);
  return result;
}

/** Who answers for a command: the operator on duty unless it says otherwise. */
async function actorOf(
  by: 'operator' | 'system' | 'anyone' | undefined,
  onDuty: () => Promise<Operator | null>,
): Promise<Actor | null> {
  if (by === 'system') return { name: SYSTEM_OPERATOR, system: true };
  if (by === 'anyone') return null;
  const operator = await onDuty();
  if (!operator) throw new NoOperatorError();
  return { name: operator.name };
}
