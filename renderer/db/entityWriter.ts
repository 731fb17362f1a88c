import type { Table } from 'dexie';
import type { z } from 'zod';
import { reasonSchema, type AuditEntry } from '../../shared/domain';
import type { SettingKey, SettingValue } from '../../shared/domain/settingValues';
import type { SiteDataset } from '../../shared/demo/dataset';
import { appendAudit } from './auditChain';
import { writeDataset } from './siteData';
import type { CordonDb, PlanAsset } from './CordonDb';
import { ChangedSinceError, NotFoundError } from './errors';
import { keepUnchanged } from './live/keepUnchanged';
import { parseFieldOrThrow, parseOrThrow } from './parseOrThrow';
import type { EntityTable, Row } from './tables';

/** Who an audit row names: a person signed on, or the app itself (`system`). */
export interface Actor {
  name: string;
  system?: true;
}

type AuditFields = Omit<AuditEntry, 'at' | 'operator' | 'seq' | 'system' | 'chain' | 'hash' | 'prevHash'>;

/** Options of an update: why (goes into the audit row), and the row the edit was opened on. */
export interface UpdateOptions<R> {
  reason?: string;
  /**
   * The row as the form showed it when it was opened. When the stored row is no longer
   * that row (someone saved a change since, here or in another window), the update is
   * refused with ChangedSinceError instead of writing over their change.
   */
  expected?: R;
}

const same = (a: unknown, b: unknown) => keepUnchanged(a, b) === a;

/** New rows for one table, as `createMany` takes them: each parsed with the table's schema. */
export type CreateBatch = {
  [K in EntityTable]: { name: K; schema: z.ZodType<Row<K>>; values: readonly unknown[] };
}[EntityTable];

function parseBatch<K extends EntityTable>(batch: {
  name: K;
  schema: z.ZodType<Row<K>>;
  values: readonly unknown[];
}): { name: K; rows: Row<K>[] } {
  return { name: batch.name, rows: batch.values.map((v) => parseOrThrow(batch.schema, v)) };
}

/**
 * Writes inside a command's transaction (runCommand). Every entity written is parsed
 * with its schema and leaves an audit row (who, when, what, before, after) in the same
 * transaction; an update that changes nothing writes nothing, audit row included.
 * `db` is for the command's reads; writes go through the methods here.
 */
export class EntityWriter {
  constructor(
    readonly db: CordonDb,
    private readonly actor: Actor | null,
    readonly at: number,
    /** The rows this command changed or deleted, by id: shown at once once it commits (LiveReads). */
    readonly written = new Map<string, object | null>(),
  ) {}

  /** Who answers for this command's rows. */
  get operator(): Actor {
    if (!this.actor) throw new Error('this command is not attributed to anyone and writes no audit rows');
    return this.actor;
  }

  /** The same writer, answering as `actor`: signing on is recorded by the one coming on. */
  as(actor: Actor): EntityWriter {
    return new EntityWriter(this.db, actor, this.at, this.written);
  }

  private table<K extends EntityTable>(name: K): Table<Row<K>, string> {
    return this.db.table(name);
  }

  /** An audit row as this command writes it: at the command's time, by whoever answers for it. */
  private stamped(entry: AuditFields): Omit<AuditEntry, 'seq' | 'chain' | 'hash' | 'prevHash'> {
    const { name, system } = this.operator;
    return { ...entry, at: this.at, operator: name, ...(system ? { system } : {}) };
  }

  /** A row of the audit trail for what is not an entity write (signing on, a site seeded as a whole). */
  async record(entry: AuditFields): Promise<void> {
    await appendAudit(this.db.audit, [this.stamped(entry)]);
  }

  async create<K extends EntityTable>(name: K, schema: z.ZodType<Row<K>>, value: unknown): Promise<Row<K>> {
    const row = parseOrThrow(schema, value);
    await this.table(name).add(row);
    await this.record({
      action: 'create',
      table: name,
      entityId: row.id,
      siteId: siteOf(row),
      before: null,
      after: row,
    });
    return row;
  }

  /**
   * Many new rows, in one or more tables, written as one act (a people list imported):
   * every row is parsed before any is written, so one that fails refuses them all, and
   * the act leaves one audit row, `entry`, rather than one per row.
   */
  async createMany(
    batches: readonly CreateBatch[],
    entry: Pick<AuditFields, 'table' | 'entityId' | 'siteId' | 'after' | 'reason'>,
  ): Promise<void> {
    const why = parseFieldOrThrow('reason', reasonSchema, entry.reason ?? '');
    const parsed = batches.map(parseBatch);
    for (const { name, rows } of parsed) await this.table(name).bulkAdd(rows);
    const { table, entityId, siteId, after } = entry;
    await this.record({
      action: 'create',
      table,
      entityId,
      siteId,
      before: null,
      after,
      ...(why ? { reason: why } : {}),
    });
  }

  async update<K extends EntityTable>(
    name: K,
    schema: z.ZodType<Row<K>>,
    id: string,
    change: (current: Row<K>) => Partial<Row<K>>,
    { reason = '', expected }: UpdateOptions<Row<K>> = {},
  ): Promise<{ before: Row<K>; after: Row<K>; changed: boolean }> {
    const why = parseFieldOrThrow('reason', reasonSchema, reason);
    const before = await this.table(name).get(id);
    if (!before) throw new NotFoundError(name, id);
    if (expected !== undefined && !same(before, expected)) throw await this.changedSince(name, id);
    const after = parseOrThrow(schema, { ...before, ...change(before), id });
    if (same(before, after)) return { before, after: before, changed: false };
    await this.table(name).put(after);
    await this.record(updateEntry(name, before, after, why));
    this.written.set(after.id, after);
    return { before, after, changed: true };
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
    const why = parseFieldOrThrow('reason', reasonSchema, reason);
    const pairs = rows.map((before) => ({
      before,
      after: parseOrThrow(schema, { ...before, ...change(before), id: before.id }),
    }));
    const changed = pairs.filter(({ before, after }) => !same(before, after));
    await this.table(name).bulkPut(changed.map((p) => p.after));
    await appendAudit(
      this.db.audit,
      changed.map(({ before, after }) => this.stamped(updateEntry(name, before, after, why))),
    );
    for (const { after } of changed) this.written.set(after.id, after);
    return pairs.map((p) => (same(p.before, p.after) ? p.before : p.after));
  }

  async remove<K extends EntityTable>(name: K, id: string): Promise<Row<K>> {
    const before = await this.table(name).get(id);
    if (!before) throw new NotFoundError(name, id);
    await this.table(name).delete(id);
    await this.record({ action: 'delete', table: name, entityId: id, siteId: siteOf(before), before, after: null });
    this.written.set(id, null);
    return before;
  }

  /** Sets a setting; the command records it in the audit where it matters (signing on). */
  async setSetting<K extends SettingKey>(key: K, value: SettingValue<K>): Promise<void> {
    await this.db.settings.put({ key, value });
  }

  /** Stores a plan picture: the site's plan change that points at it is the audited write. */
  async putPlanAsset(asset: PlanAsset): Promise<void> {
    await this.db.planAssets.put(asset);
  }

  async deletePlanAsset(key: string): Promise<void> {
    await this.db.planAssets.delete(key);
  }

  /**
   * Writes a whole site (a seeded demo, a new empty site), makes it the active one, and
   * records it in one audit row rather than one per row.
   */
  async installSite(data: SiteDataset, action: 'seed' | 'reset'): Promise<void> {
    const site = data.sites[0];
    if (!site) throw new Error('dataset has no site');
    await writeDataset(this.db, data);
    await this.setSetting('activeSiteId', site.id);
    await this.record({
      action,
      table: 'sites',
      entityId: site.id,
      siteId: site.id,
      before: null,
      after: { name: site.name },
    });
  }

  /** Who last changed the row and when, from its audit rows, for the refusal. */
  private async changedSince(name: EntityTable, id: string): Promise<ChangedSinceError> {
    const last = await this.db.audit.where('[table+entityId]').equals([name, id]).last();
    return new ChangedSinceError(name, id, last?.operator ?? null, last?.at ?? null);
  }
}

export function siteOf(row: object): string | null {
  return 'siteId' in row && typeof row.siteId === 'string'
    ? row.siteId
    : 'id' in row && typeof row.id === 'string' && 'timeZone' in row
      ? row.id
      : null;
}

/** The audit row of an update: the row before and after, and the reason when one was given. */
function updateEntry(name: EntityTable, before: object, after: { id: string }, why: string): AuditFields {
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
