import { z } from 'zod';
import { auditEntrySchema, printedSheetSchema, siteSchema, type AuditEntry, type Site } from '../domain';
import { idSchema, timestampSchema } from '../domain/common';
import { siteTableSchemas } from '../demo/datasetSchemas';
import { backupTables, countsOf, type BackupBody, type BackupTable, type PlanAssetRecord } from './backupBody';
import type { BackupHeader } from './backupHeader';

/** Why a file is refused: each has its sentence in the i18n files (`backup.problem.<kind>`). */
export type BackupProblem =
  | { kind: 'empty' }
  | { kind: 'too-large' }
  | { kind: 'not-backup' }
  | { kind: 'truncated' }
  | { kind: 'checksum' }
  | { kind: 'too-new'; schemaVersion: number }
  | { kind: 'passphrase-needed' }
  | { kind: 'wrong-passphrase' }
  | { kind: 'bad-row'; table: string; index: number; field: string }
  | { kind: 'duplicate-id'; table: string; index: number }
  | { kind: 'other-site'; table: string; index: number }
  | { kind: 'broken-reference'; table: string; index: number; field: string }
  | { kind: 'counts-differ'; table: string }
  | { kind: 'header-differs'; table: string }
  | { kind: 'audit-chain'; index: number };

/** A refusal of a file, carried as an error from the reader to the screen. */
export class BackupRefusedError extends Error {
  constructor(readonly problem: BackupProblem) {
    super(`backup refused: ${problem.kind}`);
    this.name = 'BackupRefusedError';
  }
}

const planAssetSchema = z.object({
  key: z.string().min(1).max(200),
  siteId: idSchema,
  mimeType: z.enum(['image/png', 'image/jpeg', 'image/svg+xml']),
  createdAt: timestampSchema,
  data: z
    .string()
    .max(70 * 1024 * 1024)
    .regex(/^[A-Za-z0-9+/]*={0,2}$/),
});

const rowSchemas: Record<BackupTable, z.ZodType> = { ...siteTableSchemas, printedSheets: printedSheetSchema };

/**
 * References the store keeps whole: a row that names another by one of these fields
 * names a row of the same file. Only links no command leaves dangling are listed (people,
 * groups, routes, rounds, incidents and log entries are stood down or closed, never
 * deleted; a shift is deleted with its assignments); a link to something that may be
 * deleted (a work item's work, a note's shift) is not a reference the file must keep.
 */
const references: readonly { table: BackupTable; field: string; to: BackupTable }[] = [
  { table: 'people', field: 'groupId', to: 'groups' },
  { table: 'assignments', field: 'shiftId', to: 'shifts' },
  { table: 'assignments', field: 'personId', to: 'people' },
  { table: 'checkpoints', field: 'routeId', to: 'patrolRoutes' },
  { table: 'patrols', field: 'routeId', to: 'patrolRoutes' },
  { table: 'checkpointVisits', field: 'patrolId', to: 'patrols' },
  { table: 'activityLog', field: 'correctsId', to: 'activityLog' },
  { table: 'activityLog', field: 'incidentId', to: 'incidents' },
];

export type CheckedBody = BackupBody<Record<string, unknown> & { id: string; siteId?: string }, AuditEntry> & {
  /** The file's one site, as its schema reads it. */
  site: Site;
};

function fieldOf(error: z.ZodError): string {
  return error.issues[0]?.path.map(String).join('.') || '—';
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Checks a backup's body, already parsed from JSON and carried to the current store
 * version, completely, before anything is written: every row against its table's schema,
 * one site throughout, no id twice in a table, the references above, the counts against
 * the header's. Returns the rows as parsed, or the first problem found.
 */
export function checkBackupBody(
  raw: unknown,
  header: Pick<BackupHeader, 'site' | 'counts' | 'chainHead'>,
): { ok: true; body: CheckedBody } | { ok: false; problem: BackupProblem } {
  if (!isRecord(raw) || !isRecord(raw.tables) || !Array.isArray(raw.audit) || !Array.isArray(raw.planAssets))
    return { ok: false, problem: { kind: 'not-backup' } };
  const siteId = header.site.id;
  // Filled table by table just below.
  const tables = {} as CheckedBody['tables'];
  const ids = new Map<BackupTable, Set<string>>();
  for (const name of backupTables) {
    const rows = raw.tables[name];
    if (!Array.isArray(rows)) return { ok: false, problem: { kind: 'not-backup' } };
    const schema = rowSchemas[name];
    const seen = new Set<string>();
    const parsed: CheckedBody['tables'][BackupTable] = [];
    for (const [index, row] of rows.entries()) {
      const result = schema.safeParse(row);
      if (!result.success)
        return { ok: false, problem: { kind: 'bad-row', table: name, index, field: fieldOf(result.error) } };
      const value = result.data as Record<string, unknown> & { id: string; siteId?: string };
      if (seen.has(value.id)) return { ok: false, problem: { kind: 'duplicate-id', table: name, index } };
      seen.add(value.id);
      const owner = name === 'sites' ? value.id : value.siteId;
      if (owner !== siteId) return { ok: false, problem: { kind: 'other-site', table: name, index } };
      parsed.push(value);
    }
    tables[name] = parsed;
    ids.set(name, seen);
  }
  const site = siteSchema.safeParse(tables.sites[0]);
  if (tables.sites.length !== 1 || !site.success)
    return { ok: false, problem: { kind: 'counts-differ', table: 'sites' } };
  for (const { table, field, to } of references) {
    const targets = ids.get(to) ?? new Set<string>();
    for (const [index, row] of tables[table].entries()) {
      const target = row[field];
      if (typeof target === 'string' && !targets.has(target))
        return { ok: false, problem: { kind: 'broken-reference', table, index, field } };
    }
  }
  const audit: AuditEntry[] = [];
  for (const [index, row] of raw.audit.entries()) {
    const result = auditEntrySchema.safeParse(row);
    if (!result.success)
      return { ok: false, problem: { kind: 'bad-row', table: 'audit', index, field: fieldOf(result.error) } };
    if (result.data.siteId !== siteId) return { ok: false, problem: { kind: 'other-site', table: 'audit', index } };
    const entry = { ...result.data };
    delete entry.seq;
    audit.push(entry);
  }
  const planAssets: PlanAssetRecord[] = [];
  for (const [index, row] of raw.planAssets.entries()) {
    const result = planAssetSchema.safeParse(row);
    if (!result.success)
      return { ok: false, problem: { kind: 'bad-row', table: 'planAssets', index, field: fieldOf(result.error) } };
    if (result.data.siteId !== siteId)
      return { ok: false, problem: { kind: 'other-site', table: 'planAssets', index } };
    planAssets.push(result.data);
  }
  // What the preview shows is the header's: it must be what is restored.
  if (header.site.name !== site.data.name || header.site.timeZone !== site.data.timeZone)
    return { ok: false, problem: { kind: 'header-differs', table: 'sites' } };
  if (header.chainHead !== null && header.chainHead !== (audit.at(-1)?.hash ?? null))
    return { ok: false, problem: { kind: 'header-differs', table: 'audit' } };
  const body: CheckedBody = { tables, audit, planAssets, site: site.data };
  // The header's counts, as its version counted (a file from before a table existed has no count for it).
  const counts = countsOf(body);
  for (const [name, count] of Object.entries(header.counts))
    if (counts[name] !== count) return { ok: false, problem: { kind: 'counts-differ', table: name } };
  return { ok: true, body };
}
