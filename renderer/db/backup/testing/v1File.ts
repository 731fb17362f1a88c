import type { BackupHeader } from '../../../../shared/backup/backupHeader';
import type { SiteDataset } from '../../../../shared/demo/dataset';
import { sha256Hex } from '../../sha256';
import { joinBackupFile } from '../backupFile';

/** What store versions 2 and 3 added to rows (renderer/db/versions.ts): a version-1 row has none of them. */
const addedSinceV1: Partial<Record<keyof SiteDataset, readonly string[]>> = {
  sites: ['shiftRules', 'patrolRules'],
  people: ['notes', 'active'],
  groups: ['leaderId'],
  shifts: ['name'],
  assignments: ['replacesId'],
  handoverNotes: ['doneAt', 'doneBy'],
  patrolRoutes: ['fixedTimes', 'people', 'order', 'startsAt'],
  checkpoints: ['checks', 'active'],
  patrols: ['routeName', 'checkpoints', 'ordered'],
  checkpointVisits: ['status', 'category'],
  activityLog: ['recordedAt', 'correctsId', 'incidentId'],
};

/** Tables that did not exist at version 1. */
const notInV1 = new Set(['incidents', 'printedSheets']);

function strip(row: object, fields: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(Object.entries(row).filter(([key]) => !fields.includes(key)));
}

/**
 * A backup file as Cordon would have written it at store version 1: a site's rows without
 * the fields later versions added (and with activity entries pointing at no incident),
 * audit rows without chain links. Tests carry it forward to the current version.
 */
export async function v1BackupFile(data: SiteDataset, audit: readonly object[], at: number): Promise<Uint8Array> {
  const site = data.sites[0];
  if (!site) throw new Error('dataset has no site');
  const tables: Record<string, unknown[]> = {};
  for (const [name, rows] of Object.entries(data)) {
    if (notInV1.has(name)) continue;
    tables[name] = (rows as object[]).map((r) => strip(r, addedSinceV1[name as keyof SiteDataset] ?? []));
  }
  const body = { tables, audit, planAssets: [] };
  const bytes = new TextEncoder().encode(JSON.stringify(body));
  const counts: Record<string, number> = { audit: audit.length, planAssets: 0 };
  for (const [name, rows] of Object.entries(tables)) counts[name] = rows.length;
  const header: BackupHeader = {
    format: 'cordon-backup',
    formatVersion: 1,
    appVersion: '0.0.1',
    schemaVersion: 1,
    site: { id: site.id, name: site.name, timeZone: site.timeZone },
    createdAt: at,
    reason: 'export',
    counts,
    period: null,
    newestEntryAt: null,
    chainHead: null,
    bodyBytes: bytes.length,
    checksum: await sha256Hex(bytes),
    encryption: null,
  };
  return joinBackupFile(header, bytes);
}
