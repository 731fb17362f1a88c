import type { Table } from 'dexie';
import type { z } from 'zod';
import type { AuditEntry, Operator } from '../../shared/domain';
import type { CommandContext } from './commandContext';
import type { CordonDb } from './CordonDb';
import { NoOperatorError, NotFoundError, ValidationError } from './errors';
import { currentOperator } from './operator';

type EntityTable = {
  [K in keyof CordonDb]: CordonDb[K] extends Table<infer T, string> ? (T extends { id: string } ? K : never) : never;
}[keyof CordonDb];
type Row<K extends EntityTable> = CordonDb[K] extends Table<infer T, string> ? T & { id: string } : never;

export function parseOrThrow<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const result = schema.safeParse(value);
  if (!result.success) throw new ValidationError(result.error.issues);
  return result.data;
}

/**
 * Writes entities inside a command's transaction. Every write is parsed with the
 * entity's schema and leaves an audit row (who, when, what, before, after) in the same
 * transaction, so a change and its trail land together or not at all.
 */
export class EntityWriter {
  constructor(
    private readonly db: CordonDb,
    readonly operator: Operator,
    readonly at: number,
  ) {}

  private table<K extends EntityTable>(name: K): Table<Row<K>, string> {
    return this.db.table(name);
  }

  /** An audit row as this command writes it: at the command's time, by the operator on duty. */
  private stamped(entry: Omit<AuditEntry, 'at' | 'operator' | 'seq'>): Omit<AuditEntry, 'seq'> {
    return { ...entry, at: this.at, operator: this.operator.name };
  }

  private async audit(entry: Omit<AuditEntry, 'at' | 'operator' | 'seq'>): Promise<void> {
    await this.db.audit.add(this.stamped(entry));
  }

  async create<K extends EntityTable>(name: K, schema: z.ZodType<Row<K>>, value: unknown): Promise<Row<K>> {
    const row = parseOrThrow(schema, value);
    await this.table(name).add(row);
    await this.audit({
      action: 'create',
      table: name,
      entityId: row.id,
      siteId: siteOf(row),
      before: null,
      after: row,
    });
    return row;
  }

  async update<K extends EntityTable>(
    name: K,
    schema: z.ZodType<Row<K>>,
    id: string,
    change: (current: Row<K>) => Partial<Row<K>>,
    reason = '',
  ): Promise<{ before: Row<K>; after: Row<K> }> {
    const before = await this.table(name).get(id);
    if (!before) throw new NotFoundError(name, id);
    const after = parseOrThrow(schema, { ...before, ...change(before), id });
    await this.table(name).put(after);
    await this.audit(updateEntry(name, before, after, reason));
    return { before, after };
  }

  /**
   * The same change to many rows already read in this transaction (carrying everything
   * placed on a plan onto a new one): each parsed and audited as `update` does, written
   * in two bulk requests instead of three round trips a row.
   */
  async updateMany<K extends EntityTable>(
    name: K,
    schema: z.ZodType<Row<K>>,
    rows: readonly Row<K>[],
    change: (current: Row<K>) => Partial<Row<K>>,
    reason = '',
  ): Promise<Row<K>[]> {
    const afters = rows.map((before) => parseOrThrow(schema, { ...before, ...change(before), id: before.id }));
    await this.table(name).bulkPut(afters);
    await this.db.audit.bulkAdd(
      afters.map((after, i) => this.stamped(updateEntry(name, rows[i] ?? null, after, reason))),
    );
    return afters;
  }

  async remove<K extends EntityTable>(name: K, id: string): Promise<Row<K>> {
    const before = await this.table(name).get(id);
    if (!before) throw new NotFoundError(name, id);
    await this.table(name).delete(id);
    await this.audit({ action: 'delete', table: name, entityId: id, siteId: siteOf(before), before, after: null });
    return before;
  }

  /** One audit row for a bulk operation (seeding a site, clearing one) instead of one per row. */
  async note(
    action: 'seed' | 'reset',
    table: string,
    entityId: string,
    siteId: string | null,
    after: unknown,
  ): Promise<void> {
    await this.audit({ action, table, entityId, siteId, before: null, after });
  }
}

function siteOf(row: object): string | null {
  return 'siteId' in row && typeof row.siteId === 'string'
    ? row.siteId
    : 'id' in row && typeof row.id === 'string' && 'timeZone' in row
      ? row.id
      : null;
}

/**
 * Runs a command: one read-write transaction over the tables it names plus the audit
 * and settings tables. Refuses to write anything when no operator is on duty.
 */
export async function runCommand<T>(
  ctx: CommandContext,
  tables: readonly string[],
  body: (w: EntityWriter) => Promise<T>,
): Promise<T> {
  const { db } = ctx;
  return db.transaction('rw', [...new Set([...tables, 'audit', 'settings'])], async () => {
    const operator = await currentOperator(db);
    if (!operator) throw new NoOperatorError();
    return body(new EntityWriter(db, operator, ctx.clock.now()));
  });
}

/** The audit row of an update: the row before and after, and the reason when one was given. */
function updateEntry<K extends EntityTable>(
  name: K,
  before: Row<K> | null,
  after: Row<K>,
  reason: string,
): Omit<AuditEntry, 'at' | 'operator' | 'seq'> {
  const why = reason.trim();
  return {
    action: 'update',
    table: name,
    entityId: after.id,
    siteId: siteOf(after),
    before,
    after,
    ...(why ? { reason: why } : {}),
  };
}
