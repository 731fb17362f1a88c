/**
 * The benchmark's reference for export and restore, with plain Dexie and no checks of any
 * kind (no zod, references, counts, checksum or audit chain). `benchWrite`: a backup
 * file's body (the JSON after its header line) parsed and bulk-written into a store of its
 * own, deleted after. `benchRead`: one site's rows read from a store by index and
 * stringified; the bench reads the app's own store with it, in the context that seeded
 * it, so the reference reads the very rows the export reads, in the same state. Driven by
 * e2e/bench/dataSection.ts; `document.body.dataset.ready` says the page can be driven.
 */
import Dexie from 'dexie';

/**
 * The app's stores as of its last version (renderer/db/versions.ts, every version's
 * definitions merged), copied rather than imported so the page loads Dexie and nothing of
 * the app. The bench compares these indexes with the app's store after a restore.
 */
const STORES: Record<string, string> = {
  sites: 'id',
  entrances: 'id, siteId, [siteId+number]',
  posts: 'id, siteId, entranceId, [siteId+order]',
  perimeterWorks: 'id, siteId, [siteId+kind]',
  upgradeItems: 'id, siteId, workId, [siteId+state]',
  groups: 'id, siteId, [siteId+order]',
  people: 'id, siteId, groupId, [siteId+name]',
  shiftPatterns: 'id, siteId',
  shifts: 'id, siteId, [siteId+startsAt], [siteId+endsAt]',
  assignments: 'id, siteId, shiftId, postId, personId, replacesId',
  patrolRoutes: 'id, siteId',
  checkpoints: 'id, siteId, [routeId+order]',
  patrols: 'id, siteId, [siteId+dueAt], [routeId+dueAt]',
  checkpointVisits: 'id, siteId, patrolId',
  entranceLog: 'id, siteId, [siteId+at], [entranceId+at], pairId',
  activityLog: 'id, siteId, [siteId+at], correctsId',
  incidents: 'id, siteId, [siteId+state], [siteId+openedAt]',
  serviceRequests: 'id, siteId, [siteId+state], [siteId+createdAt]',
  handoverNotes: 'id, siteId, shiftId, [siteId+at]',
  printedSheets: 'id, siteId, &[siteId+number]',
  settings: 'key',
  audit: '++seq, at, [siteId+seq], [table+entityId], [chain+seq]',
  planAssets: 'key, siteId',
};

type Row = Record<string, unknown>;

interface Body {
  tables: Record<string, Row[]>;
  audit: Row[];
  planAssets: Row[];
}

export interface WriteFigures {
  /** ms: the body's bytes decoded and JSON.parse'd */
  parse: number;
  /** ms: every row bulkAdd'ed in one read-write transaction, to its commit */
  write: number;
  /** rows written */
  rows: number;
  /** each store's index names, sorted, as IndexedDB has them: to compare with the app's store */
  indexes: Record<string, string[]>;
}

export interface ReadFigures {
  /** ms: the site's rows read table by table in one read-only transaction */
  read: number;
  /** ms: what was read, JSON.stringify'd */
  stringify: number;
  /** rows read, by table */
  counts: Record<string, number>;
  /** characters stringified */
  chars: number;
}

function indexesOf(db: IDBDatabase): Record<string, string[]> {
  const tx = db.transaction([...db.objectStoreNames], 'readonly');
  const out: Record<string, string[]> = {};
  for (const name of db.objectStoreNames) out[name] = [...tx.objectStore(name).indexNames].sort();
  // Done with at once: a transaction still open would hold up deleting the store.
  tx.commit();
  return out;
}

/** The body fetched from `url` (not timed), then parsed and written into a new store, deleted after. */
async function benchWrite(url: string): Promise<WriteFigures> {
  const bytes = new Uint8Array(await (await fetch(url)).arrayBuffer());
  const db = new Dexie(`ref-${crypto.randomUUID()}`);
  db.version(1).stores(STORES);
  await db.open();
  try {
    const t0 = performance.now();
    const body = JSON.parse(new TextDecoder().decode(bytes)) as Body;
    const t1 = performance.now();
    await db.transaction('rw', db.tables, async () => {
      for (const [name, rows] of Object.entries(body.tables)) if (rows.length > 0) await db.table(name).bulkAdd(rows);
      await db.table('audit').bulkAdd(body.audit);
      await db.table('planAssets').bulkAdd(body.planAssets);
    });
    const t2 = performance.now();
    const rows =
      Object.values(body.tables).reduce((n, r) => n + r.length, 0) + body.audit.length + body.planAssets.length;
    return { parse: t1 - t0, write: t2 - t1, rows, indexes: indexesOf(db.backendDB()) };
  } finally {
    await db.delete();
  }
}

/**
 * One site's rows of `tables` in the store `name`, opened as it is (no schema declared):
 * each table by its siteId index (the site by its id, the audit trail by its chain), in
 * one read-only transaction, then stringified as one body.
 */
async function benchRead(name: string, siteId: string, tables: readonly string[]): Promise<ReadFigures> {
  const db = new Dexie(name);
  await db.open();
  try {
    const t0 = performance.now();
    const read = await db.transaction('r', [...tables], async () => {
      const out: Record<string, Row[]> = {};
      for (const table of tables) {
        const t = db.table<Row>(table);
        out[table] =
          table === 'sites'
            ? await t.where('id').equals(siteId).toArray()
            : table === 'audit'
              ? await t.where('[chain+seq]').between([siteId, Dexie.minKey], [siteId, Dexie.maxKey]).toArray()
              : await t.where('siteId').equals(siteId).toArray();
      }
      return out;
    });
    const t1 = performance.now();
    const text = JSON.stringify(read);
    const t2 = performance.now();
    const counts = Object.fromEntries(Object.entries(read).map(([table, rows]) => [table, rows.length]));
    return { read: t1 - t0, stringify: t2 - t1, counts, chars: text.length };
  } finally {
    db.close();
  }
}

Object.assign(window, { benchWrite, benchRead });
document.body.dataset.ready = 'true';
