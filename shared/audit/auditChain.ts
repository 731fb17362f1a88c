import type { AuditEntry } from '../domain/audit';
import { verifyChain, type ChainCheck, type Sha256Hex } from './chain';

/**
 * The audit trail is one chain per site (and one for what the laptop records before any
 * site exists): a row links to the row before it on its chain, so a site exported and
 * restored elsewhere carries its chain whole.
 */
export const LAPTOP_CHAIN = 'laptop';

export function auditChainKey(siteId: string | null): string {
  return siteId ?? LAPTOP_CHAIN;
}

/** What a row's hash covers: everything it says, but not where it is kept (its key, its chain's name) or its own link. */
export function auditContent(row: AuditEntry): Partial<AuditEntry> {
  const content: Partial<AuditEntry> = { ...row };
  delete content.seq;
  delete content.chain;
  delete content.hash;
  delete content.prevHash;
  return content;
}

export interface ChainReport {
  readonly chain: string;
  readonly check: ChainCheck;
  /** The row where the chain breaks (by its position in the chain), when it does. */
  readonly brokenAt: AuditEntry | null;
}

/**
 * Verifies every chain in `rows` (any order; each chain is walked by `seq`). A row with
 * no hash breaks its chain like a row edited: a chain is whole or it is not.
 */
export async function verifyAuditTrail(rows: readonly AuditEntry[], sha256: Sha256Hex): Promise<ChainReport[]> {
  const chains = new Map<string, AuditEntry[]>();
  for (const row of rows) {
    const key = row.chain ?? auditChainKey(row.siteId);
    const list = chains.get(key) ?? [];
    list.push(row);
    chains.set(key, list);
  }
  const reports: ChainReport[] = [];
  for (const [chain, list] of [...chains].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    list.sort((a, b) => (a.seq ?? 0) - (b.seq ?? 0));
    const check = await verifyChain(
      list,
      (r) => ({ hash: r.hash ?? '', prevHash: r.prevHash ?? '' }),
      auditContent,
      sha256,
    );
    reports.push({ chain, check, brokenAt: check.ok ? null : (list[check.index] ?? null) });
  }
  return reports;
}
