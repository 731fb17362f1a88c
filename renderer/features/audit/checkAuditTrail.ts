import { verifyAuditTrail, type ChainReport } from '../../../shared/audit/auditChain';
import type { Sha256Hex } from '../../../shared/audit/chain';
import type { AuditEntry } from '../../../shared/domain';
import { entityLabel } from '../../../shared/rules/auditDiff';
import type { CordonDb } from '../../db/CordonDb';
import { chainOwner, type ChainOwner } from './chainOwner';
import { readAuditTrail } from './readAuditTrail';

/** One chain's report, with what the screen names it by. */
export interface CheckedChain {
  readonly report: ChainReport;
  readonly owner: ChainOwner;
  /** The site's name: from the sites table, else from the chain's own rows (a site since deleted); null for the laptop's chain. */
  readonly siteName: string | null;
  /** The zone the chain's times are shown in: its site's, null when the site is gone or the chain is the laptop's. */
  readonly timeZone: string | null;
}

export interface ChainCheckProgress {
  readonly stage: 'reading' | 'verifying';
  readonly done: number;
  readonly total: number;
}

/** Rows hashed between two reports of progress: often enough to move, rarely enough not to redraw for each row. */
const PROGRESS_EVERY = 500;

/**
 * Reads every audit row (readAuditTrail) and verifies every chain in it. Each row costs
 * one hash once its link holds, so counting the hashes tells `onProgress` how far the
 * check has got; a chain that breaks stops early, and the count with it.
 */
export async function checkAuditTrail(
  db: CordonDb,
  sha256: Sha256Hex,
  onProgress: (progress: ChainCheckProgress) => void = () => undefined,
  pageSize?: number,
): Promise<CheckedChain[]> {
  const { rows, sites } = await readAuditTrail(
    db,
    (done, total) => onProgress({ stage: 'reading', done, total }),
    pageSize,
  );
  let hashed = 0;
  const counting: Sha256Hex = (text) => {
    hashed += 1;
    if (hashed % PROGRESS_EVERY === 0) onProgress({ stage: 'verifying', done: hashed, total: rows.length });
    return sha256(text);
  };
  const reports = await verifyAuditTrail(rows, counting);
  const stored = new Map(sites.map((s) => [s.id, s] as const));
  const recorded = namesInRows(rows);
  return reports.map((report) => {
    const owner = chainOwner(report.chain);
    if (owner.kind === 'laptop') return { report, owner, siteName: null, timeZone: null };
    const site = stored.get(owner.siteId);
    return {
      report,
      owner,
      siteName: site?.name ?? recorded.get(owner.siteId) ?? owner.siteId,
      timeZone: site?.timeZone ?? null,
    };
  });
}

/** The last name each site had in its own rows (its seeding, a restore, its deletion): how a deleted site is still named. */
function namesInRows(rows: readonly AuditEntry[]): Map<string, string> {
  const names = new Map<string, string>();
  for (const row of rows) {
    if (row.table !== 'sites' || row.siteId === null) continue;
    const name = entityLabel(row.before, row.after);
    if (name !== null) names.set(row.siteId, name);
  }
  return names;
}
