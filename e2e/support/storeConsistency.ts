import { createHash } from 'node:crypto';
import { isDeepStrictEqual } from 'node:util';
import { verifyAuditTrail } from '../../shared/audit/auditChain';
import type { AuditEntry } from '../../shared/domain/audit';
import type { Change } from './killWrites';
import type { StoreDump } from './storeDump';

/**
 * What a store must hold after any crash, worked out from the commands' code: each entity
 * row written through EntityWriter has an audit row in the same transaction (create,
 * update, delete: before and after); a state change of an entrance is followed in that
 * transaction by its 'entrance-state' log line (features/entrances/commands.ts); a people
 * import writes its log line ('people') and then one audit row for the file, with no audit
 * row per person (features/shifts/peopleIO/commands.ts). Rows the demo seeded carry no audit
 * row of their own: they are compared with the store as it was after the first start.
 */

type Audit = AuditEntry & { seq: number };
type Obj = Record<string, unknown>;

/** Tables whose rows are not entities written through EntityWriter. */
const NOT_ENTITIES = new Set(['audit', 'settings', 'planAssets']);

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const get = (v: unknown, key: string): unknown => (isObj(v) ? v[key] : undefined);

function isAudit(v: unknown): v is Audit {
  return (
    isObj(v) &&
    typeof v.seq === 'number' &&
    typeof v.at === 'number' &&
    typeof v.operator === 'string' &&
    typeof v.action === 'string' &&
    typeof v.table === 'string' &&
    typeof v.entityId === 'string'
  );
}

/** The audit trail in the order it was written; a row of another shape is a problem of its own. */
export function auditOf(dump: StoreDump): Audit[] {
  const rows = dump.audit ?? [];
  const audit = rows.filter(isAudit);
  if (audit.length !== rows.length) throw new Error(`${rows.length - audit.length} audit rows of an unknown shape`);
  return audit.sort((a, b) => a.seq - b.seq);
}

/** The store as the first start left it: entity rows by table and id, and the last audit row then. */
export interface Baseline {
  readonly rows: ReadonlyMap<string, ReadonlyMap<string, unknown>>;
  readonly lastSeq: number;
}

export function baselineOf(dump: StoreDump): Baseline {
  return { rows: entityRows(dump), lastSeq: lastSeq(dump) };
}

export function lastSeq(dump: StoreDump): number {
  return auditOf(dump).at(-1)?.seq ?? 0;
}

function entityRows(dump: StoreDump): Map<string, Map<string, unknown>> {
  const tables = new Map<string, Map<string, unknown>>();
  for (const [table, rows] of Object.entries(dump)) {
    if (NOT_ENTITIES.has(table)) continue;
    const byId = new Map<string, unknown>();
    for (const row of rows) {
      const id = get(row, 'id');
      if (typeof id !== 'string') throw new Error(`a row of ${table} has no id`);
      byId.set(id, row);
    }
    tables.set(table, byId);
  }
  return tables;
}

/** A people import's one audit row: the file, not a person. */
const isImportRow = (a: Audit) =>
  a.action === 'create' && a.table === 'people' && typeof get(a.after, 'imported') === 'number';
const isEntityRow = (a: Audit, tables: ReadonlyMap<string, unknown>) =>
  (a.action === 'create' || a.action === 'update' || a.action === 'delete') && tables.has(a.table) && !isImportRow(a);
const isStateChange = (a: Audit) =>
  a.action === 'update' && a.table === 'entrances' && get(a.before, 'state') !== get(a.after, 'state');
const logLineOf = (a: Audit | undefined, kind: string) =>
  a?.action === 'create' && a.table === 'activityLog' && get(a.after, 'kind') === kind;

export interface StoreCheck {
  readonly problems: string[];
  readonly auditRows: number;
  /** Entrance state changes found with their log line. */
  readonly statePairs: number;
  /** Imports found whole: their people, their audit row and their log line. */
  readonly imports: number;
}

/**
 * Every entity change has its audit row and every audit row its change, and the pairs
 * the commands write together are together. `imports`: every file the spec chose, saved
 * or not, to tell its people apart from anyone else's.
 */
export function checkStore(
  dump: StoreDump,
  baseline: Baseline,
  imports: readonly { fileName: string; names: readonly string[] }[],
): StoreCheck {
  const problems: string[] = [];
  const tables = entityRows(dump);
  const audit = auditOf(dump);
  const seen = new Map<string, Audit[]>();
  for (const a of audit) {
    if (!isEntityRow(a, tables)) continue;
    const key = `${a.table}/${a.entityId}`;
    seen.set(key, [...(seen.get(key) ?? []), a]);
  }

  // Audit → entity: each entity's rows tell an unbroken history that ends in the row stored.
  for (const [key, rows] of seen) {
    const [table = '', id = ''] = key.split('/');
    const before = baseline.rows.get(table)?.get(id) ?? null;
    let previous: unknown = before;
    for (const a of rows) {
      if (a.seq <= baseline.lastSeq) {
        previous = a.after;
        continue;
      }
      if (!isDeepStrictEqual(a.before ?? null, previous))
        problems.push(`${key}: audit row ${a.seq} starts from another row than the one before it`);
      if (a.action === 'delete' ? a.after !== null : get(a.after, 'id') !== id)
        problems.push(`${key}: audit row ${a.seq} names another row`);
      previous = a.after ?? null;
    }
    const stored = tables.get(table)?.get(id) ?? null;
    const last = rows.at(-1)?.seq;
    if (stored === null && previous !== null) problems.push(`${key}: gone, though its last audit row (${last}) has it`);
    else if (!isDeepStrictEqual(stored, previous))
      problems.push(`${key}: the stored row is not its last audit row's (${last})`);
  }

  // Entity → audit: a row with no audit row is as the demo seeded it, or one of an import's people.
  const unaudited = new Map<string, number>();
  for (const [table, rows] of tables) {
    for (const [id, row] of rows) {
      if (seen.has(`${table}/${id}`)) continue;
      const seeded = baseline.rows.get(table)?.get(id);
      if (seeded !== undefined) {
        if (!isDeepStrictEqual(row, seeded)) problems.push(`${table}/${id}: changed with no audit row`);
      } else if (table === 'people') {
        const name = String(get(row, 'name'));
        unaudited.set(name, (unaudited.get(name) ?? 0) + 1);
      } else problems.push(`${table}/${id}: written with no audit row`);
    }
  }
  for (const [table, rows] of baseline.rows) {
    for (const id of rows.keys()) {
      if (!seen.has(`${table}/${id}`) && !tables.get(table)?.has(id))
        problems.push(`${table}/${id}: gone with no audit row`);
    }
  }

  // Entrance states: each change is followed by its one log line, and each such line follows its change.
  let statePairs = 0;
  const lineAfterChange = new Set<number>();
  audit.forEach((a, i) => {
    if (!isEntityRow(a, tables) || !isStateChange(a)) return;
    const line = audit[i + 1];
    if (
      line &&
      logLineOf(line, 'entrance-state') &&
      line.at === a.at &&
      line.operator === a.operator &&
      get(line.after, 'recordedAt') === a.at &&
      get(line.after, 'siteId') === get(a.after, 'siteId') &&
      String(get(line.after, 'text')).includes(String(get(a.after, 'name')))
    ) {
      statePairs++;
      lineAfterChange.add(line.seq);
    } else problems.push(`entrances/${a.entityId}: state change (audit ${a.seq}) without its log line after it`);
  });
  for (const a of audit) {
    if (logLineOf(a, 'entrance-state') && !lineAfterChange.has(a.seq))
      problems.push(`activityLog/${a.entityId}: entrance-state line (audit ${a.seq}) without a state change before it`);
  }

  // Imports: the log line, then the file's audit row, and exactly its people; or none of it.
  let importsFound = 0;
  const importLines = new Set<number>();
  const files = new Map(imports.map((f) => [f.fileName, f]));
  const fileRows = new Map<string, Audit>();
  audit.forEach((a, i) => {
    if (!isImportRow(a)) return;
    const name = String(get(a.after, 'name'));
    const file = files.get(name);
    const line = audit[i - 1];
    if (!file) return void problems.push(`import audit ${a.seq} of a file the spec never chose: ${name}`);
    if (fileRows.has(name)) problems.push(`import of ${name}: two audit rows`);
    fileRows.set(name, a);
    if (line && logLineOf(line, 'people') && line.at === a.at && line.operator === a.operator)
      importLines.add(line.seq);
    else problems.push(`import of ${name} (audit ${a.seq}) without its log line before it`);
    if (get(a.after, 'imported') !== file.names.length)
      problems.push(
        `import of ${name}: audit says ${String(get(a.after, 'imported'))} people, the file has ${file.names.length}`,
      );
    if (file.names.every((n) => unaudited.get(n) === 1)) importsFound++;
    else problems.push(`import of ${name}: audited, but not each of its ${file.names.length} people is there once`);
  });
  for (const file of imports) {
    if (fileRows.has(file.fileName)) continue;
    const there = file.names.filter((n) => unaudited.has(n));
    if (there.length > 0)
      problems.push(`import of ${file.fileName}: ${there.length} of its people are there with no audit row`);
  }
  const named = new Set(imports.flatMap((f) => f.names));
  for (const name of unaudited.keys()) {
    if (!named.has(name)) problems.push(`people: ${name} written with no audit row`);
  }
  for (const a of audit) {
    if (logLineOf(a, 'people') && a.seq > baseline.lastSeq && !importLines.has(a.seq))
      problems.push(`activityLog/${a.entityId}: import line (audit ${a.seq}) without its import`);
  }

  return { problems, auditRows: audit.length, statePairs, imports: importsFound };
}

/** A change the spec asked for: shown saved, or cut off by the kill; `afterSeq`, the last audit row before it. */
export interface Asked {
  readonly change: Change;
  readonly afterSeq: number;
  readonly shown: boolean;
  readonly cycle: number;
}

/**
 * Finds each change asked for in the audit trail, each by a row of its own written after
 * it was asked for: a change shown saved that is not there is lost; one cut off by the
 * kill may be there or not (whole, which checkStore holds).
 */
export function findAsked(dump: StoreDump, asked: readonly Asked[]): { lost: string[]; found: number; landed: number } {
  const audit = auditOf(dump);
  const people = (dump.people ?? []).filter(isObj);
  const posts = (dump.posts ?? []).filter(isObj);
  const idsNamed = (rows: Obj[], name: string) => new Set(rows.filter((r) => r.name === name).map((r) => r.id));
  const used = new Set<number>();
  const lost: string[] = [];
  let found = 0;
  let landed = 0;
  // Those shown saved first: a change cut off by a kill and asked for again later must not take the later one's row.
  for (const ask of [...asked.filter((a) => a.shown), ...asked.filter((a) => !a.shown)]) {
    const matches = matcher(
      ask.change,
      (name) => idsNamed(people, name),
      (name) => idsNamed(posts, name),
    );
    const row = audit.find((a) => a.seq > ask.afterSeq && !used.has(a.seq) && matches(a));
    if (row) {
      used.add(row.seq);
      if (ask.shown) found++;
      else landed++;
    } else if (ask.shown) lost.push(`cycle ${ask.cycle}: ${JSON.stringify(ask.change)}`);
  }
  return { lost, found, landed };
}

function matcher(change: Change, peopleNamed: (n: string) => Set<unknown>, postsNamed: (n: string) => Set<unknown>) {
  switch (change.kind) {
    case 'entrance':
      return (a: Audit) =>
        a.action === 'update' &&
        a.table === 'entrances' &&
        get(a.after, 'name') === change.name &&
        get(a.after, 'state') === change.to &&
        get(a.before, 'state') !== change.to;
    case 'log':
      return (a: Audit) => logLineOf(a, 'note') && get(a.after, 'text') === change.text;
    case 'check-in': {
      const person = peopleNamed(change.person);
      const post = postsNamed(change.post);
      return (a: Audit) =>
        a.action === 'update' &&
        a.table === 'assignments' &&
        person.has(get(a.after, 'personId')) &&
        post.has(get(a.after, 'postId')) &&
        (get(a.before, 'checkedInAt') === null) === change.checkedIn &&
        (get(a.after, 'checkedInAt') === null) === !change.checkedIn;
    }
    case 'import':
      return (a: Audit) =>
        isImportRow(a) && get(a.after, 'name') === change.fileName && get(a.after, 'imported') === change.names.length;
  }
}

const sha256 = (text: string) => Promise.resolve(createHash('sha256').update(text, 'utf8').digest('hex'));

/** Verifies every audit chain with shared/audit/auditChain.ts: the number of chains, and where any breaks. */
export async function verifyChains(dump: StoreDump): Promise<{ chains: number; problems: string[] }> {
  const audit = auditOf(dump);
  const reports = await verifyAuditTrail(audit, sha256);
  const problems = reports
    .filter((r) => !r.check.ok)
    .map((r) => `audit chain ${r.chain} breaks at seq ${r.brokenAt?.seq} (${r.check.ok ? '' : r.check.reason})`);
  return { chains: reports.length, problems };
}
