import type { Entrance, Site } from '../../../../shared/domain';
import type { SheetEntrance } from '../../../../shared/print/sheetData';
import type { CordonDb } from '../../../db/CordonDb';

const stateOf = (row: unknown): unknown =>
  typeof row === 'object' && row !== null && 'state' in row ? row.state : undefined;

/**
 * Since when an entrance has stood in its state: the newest audit row of it (by the
 * [table+entityId] index, newest last) that made it so, by a change of state or by
 * creating it; null when the trail does not say.
 */
async function stateSince(db: CordonDb, entrance: Entrance): Promise<number | null> {
  const rows = await db.audit.where('[table+entityId]').equals(['entrances', entrance.id]).reverse().toArray();
  for (const row of rows) {
    if (stateOf(row.after) !== entrance.state) continue;
    if (row.before === null || row.before === undefined || stateOf(row.before) !== entrance.state) return row.at;
  }
  return null;
}

/**
 * Every entrance of the site in number order, with its state and since when. An entrance
 * the trail shows no change for has stood as it is since the closure began (the site was
 * set up with it so): the closure's start, when there is one by `at`.
 */
export async function readEntrances(
  db: CordonDb,
  site: Site,
  at: number,
): Promise<{ rows: Entrance[]; sheet: SheetEntrance[] }> {
  const siteId = site.id;
  const closure = site.closureStartedAt !== null && site.closureStartedAt <= at ? site.closureStartedAt : null;
  const rows = await db.entrances.where('[siteId+number]').between([siteId, -Infinity], [siteId, Infinity]).toArray();
  const sheet = await Promise.all(
    rows.map(async (e) => ({
      number: e.number,
      name: e.name,
      kind: e.kind,
      state: e.state,
      since: (await stateSince(db, e)) ?? closure,
      x: e.position.x,
      y: e.position.y,
    })),
  );
  return { rows, sheet };
}
