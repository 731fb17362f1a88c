import { Dexie, type Table, type Transaction } from 'dexie';
import { auditChainKey, auditContent } from '../../shared/audit/auditChain';
import { CHAIN_START, linkHash } from '../../shared/audit/chain';
import type { AuditEntry } from '../../shared/domain';
import { webSha256 } from './sha256';

type Unlinked = Omit<AuditEntry, 'seq' | 'chain' | 'hash' | 'prevHash'>;

/** A chain's rows in the order written, by the `[chain+seq]` index: every read of one chain goes through here. */
export function chainRows(audit: Table<AuditEntry, number>, chain: string) {
  return audit.where('[chain+seq]').between([chain, Dexie.minKey], [chain, Dexie.maxKey]);
}

/** The hash of the last row on a chain, or the chain's start when it has none. */
export async function chainHead(audit: Table<AuditEntry, number>, chain: string): Promise<string> {
  return (await chainRows(audit, chain).last())?.hash ?? CHAIN_START;
}

/**
 * Links rows onto their chains after the chains' heads: each row's hash covers its
 * content and the hash before it. WebCrypto's digest is not an IndexedDB request, and an
 * IndexedDB transaction commits as soon as it waits on anything else; Dexie.waitFor keeps
 * the caller's transaction alive while the hashes are made.
 */
export async function linkRows(
  rows: readonly Unlinked[],
  heads: Map<string, string>,
  timeout = WAIT_MS,
): Promise<AuditEntry[]> {
  return Dexie.waitFor(
    (async () => {
      const linked: AuditEntry[] = [];
      for (const row of rows) {
        const chain = auditChainKey(row.siteId);
        const prevHash = heads.get(chain) ?? CHAIN_START;
        const hash = await linkHash(auditContent(row), prevHash, webSha256);
        heads.set(chain, hash);
        linked.push({ ...row, chain, hash, prevHash });
      }
      return linked;
    })(),
    timeout,
  );
}

/** Dexie.waitFor's own default: ample for the rows one command writes. */
const WAIT_MS = 60_000;
/** Store version 5 hashes every row written before it at once: a long trail on a slow laptop takes minutes. */
const UPGRADE_WAIT_MS = 30 * 60_000;

/** Appends audit rows to their chains, in the caller's read-write transaction. */
export async function appendAudit(audit: Table<AuditEntry, number>, rows: readonly Unlinked[]): Promise<void> {
  const heads = new Map<string, string>();
  for (const chain of new Set(rows.map((r) => auditChainKey(r.siteId))))
    heads.set(chain, await chainHead(audit, chain));
  const linked = await linkRows(rows, heads);
  if (linked.length === 1 && linked[0]) await audit.add(linked[0]);
  else await audit.bulkAdd(linked);
}

/**
 * Store version 5: every audit row written before it is put on its site's chain, in the
 * order it was written, so the whole trail verifies from its first row.
 */
export async function chainExistingAudit(tx: Transaction): Promise<void> {
  const table = tx.table<AuditEntry, number>('audit');
  const rows = await table.toArray();
  const heads = new Map<string, string>();
  const linked = await linkRows(rows, heads, UPGRADE_WAIT_MS);
  await table.bulkPut(linked.map((row, i) => ({ ...row, seq: rows[i]?.seq })));
}
