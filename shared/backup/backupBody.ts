import { siteTables, type SiteTable } from '../demo/dataset';

/** The tables a backup holds a site's rows of, besides the audit trail and the plan pictures. */
export type BackupTable = SiteTable | 'printedSheets';
export const backupTables: readonly BackupTable[] = [...siteTables, 'printedSheets'];

/** A plan picture, its bytes in base64 (JSON has no bytes). */
export interface PlanAssetRecord {
  key: string;
  siteId: string;
  mimeType: string;
  createdAt: number;
  data: string;
}

/** What follows the header line, as JSON: every row of one site, its audit chain in order, its plan pictures. */
export interface BackupBody<Row = unknown, Audit = unknown> {
  tables: Record<BackupTable, Row[]>;
  /** The site's audit rows in the order they were written, without their local running numbers. */
  audit: Audit[];
  planAssets: PlanAssetRecord[];
}

/** The counts a header carries: rows per table, then the audit trail and the plan pictures. */
export function countsOf(body: BackupBody): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const name of backupTables) counts[name] = body.tables[name].length;
  counts.audit = body.audit.length;
  counts.planAssets = body.planAssets.length;
  return counts;
}

/** Times a backup's preview shows: the period its audit trail covers and its newest entry. */
export function periodOf(body: BackupBody<{ at?: unknown }, { at?: unknown }>): {
  period: { from: number; to: number } | null;
  newestEntryAt: number | null;
} {
  const times = (rows: readonly { at?: unknown }[]) =>
    rows.map((r) => r.at).filter((t): t is number => typeof t === 'number');
  const audit = times(body.audit);
  const entries = [...audit, ...times(body.tables.activityLog), ...times(body.tables.entranceLog)];
  return {
    // reduce, not Math.min(...rows): a year's trail is more arguments than a call takes.
    period:
      audit.length > 0
        ? { from: audit.reduce((a, b) => Math.min(a, b)), to: audit.reduce((a, b) => Math.max(a, b)) }
        : null,
    newestEntryAt: entries.length > 0 ? entries.reduce((a, b) => Math.max(a, b)) : null,
  };
}
