import type { SiteTable } from '../../../shared/demo/dataset';
import { defineQuery } from '../../db/live/query';

export type CountedTable = Exclude<SiteTable, 'sites'>;

/** How many rows each table holds for the site, counted by index. */
export const siteRowCounts = defineQuery(
  'siteRowCounts',
  async (db, siteId: string | null, tables: readonly CountedTable[]) =>
    Promise.all(
      tables.map(
        async (name) =>
          [name, siteId === null ? 0 : await db.table(name).where('siteId').equals(siteId).count()] as const,
      ),
    ),
);
