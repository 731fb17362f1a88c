import type { Page } from '@playwright/test';
import { dumpStore } from './storeDump';

/** An audit row as the specs check it against the screen and the paper. */
export interface ChainRow {
  seq: number;
  at: number;
  operator: string;
  table: string;
  action: string;
  hash: string;
  chain: string;
}

/** The (first) site's id and its audit chain's rows in order, read with IndexedDB's own API: a spec's ground truth. */
export async function siteChain(page: Page): Promise<{ siteId: string; rows: ChainRow[]; head: string }> {
  const dump = await dumpStore(page);
  const siteId = (dump.sites?.[0] as { id?: string } | undefined)?.id ?? '';
  const rows = (dump.audit ?? [])
    .map((r) => r as ChainRow)
    .filter((r) => r.chain === siteId)
    .sort((a, b) => a.seq - b.seq);
  return { siteId, rows, head: rows.at(-1)?.hash ?? '' };
}
