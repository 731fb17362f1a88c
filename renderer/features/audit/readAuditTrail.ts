import type { AuditEntry } from '../../../shared/domain';
import type { CordonDb } from '../../db/CordonDb';

/** Rows read at a time: a year of a site is tens of thousands of rows, and the screen reports how far it has got between pages. */
export const READ_PAGE = 2_000;

/** A site as a chain's report names it: its name, and the zone its times are shown in. */
export interface SiteOfChain {
  readonly id: string;
  readonly name: string;
  readonly timeZone: string;
}

export interface StoredTrail {
  /** Every audit row on the laptop, in the order written. */
  readonly rows: AuditEntry[];
  readonly sites: SiteOfChain[];
}

/**
 * Every audit row, by key a page at a time, and the sites the chains are named after, in
 * one read-only transaction: a command committing meanwhile cannot put half its rows in
 * the picture, nor a restore move rows to another chain between two pages. `onRead`
 * hears how many rows are in of how many.
 */
export function readAuditTrail(
  db: CordonDb,
  onRead: (read: number, total: number) => void = () => undefined,
  pageSize = READ_PAGE,
): Promise<StoredTrail> {
  return db.transaction('r', [db.audit, db.sites], async () => {
    const [total, sites] = await Promise.all([db.audit.count(), db.sites.toArray()]);
    const rows: AuditEntry[] = [];
    let after = 0;
    for (;;) {
      const page = await db.audit.where(':id').above(after).limit(pageSize).toArray();
      for (const row of page) rows.push(row);
      onRead(rows.length, total);
      const last = page.at(-1)?.seq;
      if (page.length < pageSize || last === undefined) break;
      after = last;
    }
    return { rows, sites: sites.map((s) => ({ id: s.id, name: s.name, timeZone: s.timeZone })) };
  });
}
