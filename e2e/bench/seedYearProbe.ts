/**
 * Where the `?seed=year` start spends its time: `npx tsx e2e/bench/seedYearProbe.ts`,
 * after `npm run build:renderer`. The built app (a copy of dist/renderer, or PROBE_BUILD)
 * is served by `vite preview` on port 4195; it seeds the generated year in a fresh
 * Chromium context while an init script notes the store's transactions. Prints JSON:
 * - `app` (PROBE_RUNS starts, default 1): the total to `cordon:ready` and its split (the
 *   dataset's generation, each table's bulkAdd, the audit row and commit, what follows
 *   up to the first screen), and the CPU time Chromium's browser process (IndexedDB's
 *   backend) and renderer used, which other work on the machine stretches far less
 *   than the wall clock;
 * - `lab`: the same year written in other ways on a page of its own (labSource below;
 *   PROBE_LAB names them, comma-separated; empty for none), to tell the app's cost
 *   from IndexedDB's. PROBE_DISK=1 keeps the lab's store on disk, as the desktop app
 *   does, instead of in memory, as the bench's fresh contexts do.
 */
import { chromium, type Browser, type Page } from '@playwright/test';
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumArgs, chromiumExecutable } from '../support/chromium';
import { build } from 'vite';
import { repo } from './sectionAlone';

const PORT = 4195;
const ORIGIN = `http://127.0.0.1:${PORT}`;
const TIMEOUT = 300_000;

interface TxTimes {
  stores: number;
  mode: string;
  start: number;
  complete: number | null;
  /** When each of its object stores was first asked for, in order. */
  firstUse: Record<string, number>;
}
interface Probe {
  txs: TxTimes[];
}

/**
 * Runs in the page before its scripts: notes when each transaction starts and completes,
 * and when it first asks for each object store (Dexie asks once per bulkAdd), so nothing
 * runs per row and the figures are the app's own.
 */
function instrument(): void {
  const probe: Probe = { txs: [] };
  Object.assign(window, { seedProbe: probe });
  const records = new WeakMap<IDBTransaction, TxTimes>();
  // eslint-disable-next-line @typescript-eslint/unbound-method -- called below with the database as `this`
  const transaction = IDBDatabase.prototype.transaction;
  IDBDatabase.prototype.transaction = function (
    this: IDBDatabase,
    names: string | string[],
    mode?: IDBTransactionMode,
    options?: IDBTransactionOptions,
  ) {
    const tx = transaction.call(this, names, mode, options);
    const rec: TxTimes = {
      stores: typeof names === 'string' ? 1 : names.length,
      mode: mode ?? 'readonly',
      start: performance.now(),
      complete: null,
      firstUse: {},
    };
    probe.txs.push(rec);
    records.set(tx, rec);
    tx.addEventListener('complete', () => (rec.complete = performance.now()));
    return tx;
  };
  // eslint-disable-next-line @typescript-eslint/unbound-method -- called below with the transaction as `this`
  const objectStore = IDBTransaction.prototype.objectStore;
  IDBTransaction.prototype.objectStore = function (this: IDBTransaction, name: string) {
    const rec = records.get(this);
    if (rec) rec.firstUse[name] ??= performance.now();
    return objectStore.call(this, name);
  };
}

/**
 * The lab page, for telling the app's own cost from IndexedDB's: the same generated year
 * written on a fresh store each time (window.lab(variant)), as
 * - 'app': the app's path (seedFirstSite through runCommand, the session's live query
 *   subscribed, as at the start);
 * - 'write': writeDataset in one transaction, no live query;
 * - 'builder-order': the same with each table's bulkAdd in the builder's row order;
 * - 'raw': IndexedDB without Dexie, every row's add sent at once, in the builder's order;
 * - 'noindex': writeDataset on the same tables with their keys and no index.
 */
const labSource = (at: (path: string) => string) => `
import Dexie from 'dexie';
import { generateYear } from ${at('shared/demo/generateYear.ts')};
import { siteTables } from ${at('shared/demo/dataset.ts')};
import { CordonDb } from ${at('renderer/db/CordonDb.ts')};
import { writeDataset, siteTableNames } from ${at('renderer/db/siteData.ts')};
import { LiveReads } from ${at('renderer/db/live/LiveReads.ts')};
import { session } from ${at('renderer/db/queries/session.ts')};
import { seedCommands } from ${at('renderer/db/seed.ts')};
import { schemaVersions } from ${at('renderer/db/versions.ts')};

const tables = [...siteTableNames, 'audit', 'settings'];

function keysOnly(name) {
  const stores = {};
  for (const v of schemaVersions) for (const [t, def] of Object.entries(v.stores)) stores[t] = def.split(',')[0];
  const db = new Dexie(name, { chromeTransactionDurability: 'strict' });
  db.version(1).stores(stores);
  return db;
}

function rawWrite(db, data) {
  return new Promise((resolve, reject) => {
    const tx = db.backendDB().transaction(siteTables, 'readwrite', { durability: 'strict' });
    for (const t of siteTables) for (const row of data[t]) tx.objectStore(t).add(row);
    tx.oncomplete = resolve;
    tx.onerror = () => reject(tx.error);
  });
}

async function write(variant, db, data, live) {
  if (variant === 'app') return seedCommands.seedFirstSite({ db, clock: { now: () => Date.now() }, live }, data);
  if (variant === 'raw') return rawWrite(db, data);
  if (variant === 'builder-order')
    return db.transaction('rw', tables, async () => {
      for (const t of siteTables) if (data[t].length) await db.table(t).bulkAdd(data[t]);
    });
  if (variant === 'write' || variant === 'noindex') return db.transaction('rw', tables, () => writeDataset(db, data));
  throw new Error('unknown variant ' + variant);
}

window.lab = async (variant) => {
  const name = 'lab-' + variant;
  await Dexie.delete(name);
  const t0 = performance.now();
  const data = generateYear({ now: Date.now(), language: 'zh-CN', idSalt: crypto.randomUUID() });
  const generated = performance.now();
  const db = variant === 'noindex' ? keysOnly(name) : new CordonDb(name);
  await db.open();
  const live = variant === 'app' ? new LiveReads(db) : null;
  if (live) await live.entry(session, []).answered;
  const opened = performance.now();
  await write(variant, db, data, live);
  const done = performance.now();
  let answered = done;
  if (live) {
    const entry = live.entry(session, []);
    await new Promise((resolve) => {
      const check = () => entry.getState().data?.site && resolve(undefined);
      entry.subscribe(check);
      check();
    });
    answered = performance.now();
    live.close();
  }
  db.close();
  return { generate_ms: generated - t0, write_ms: done - opened, session_after_ms: answered - done };
};
document.body.dataset.lab = 'ready';
`;

/**
 * CPU time used so far by the Chromium processes this script started (Linux /proc), by
 * kind (the browser process, which runs IndexedDB's backend, the renderers, the rest):
 * work done, which other work on the machine stretches far less than the wall clock.
 */
function chromiumCpuMs(): Record<string, number> {
  const procs = new Map<number, { ppid: number; kind: string; ticks: number }>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const close = stat.lastIndexOf(')');
      const fields = stat.slice(close + 2).split(' ');
      const cmd = readFileSync(`/proc/${entry}/cmdline`, 'utf8');
      const kind = !cmd.includes('chrom') ? 'none' : (/--type=([a-z-]+)/.exec(cmd)?.[1] ?? 'browser');
      procs.set(Number(entry), { ppid: Number(fields[1]), kind, ticks: Number(fields[11]) + Number(fields[12]) });
    } catch {
      // Gone since it was listed.
    }
  }
  const ours = (pid: number): boolean => {
    for (let p = procs.get(pid); p; p = procs.get(p.ppid)) if (p.ppid === process.pid) return true;
    return false;
  };
  const out: Record<string, number> = { browser: 0, renderer: 0, other: 0 };
  for (const [pid, p] of procs) {
    if (p.kind === 'none' || !ours(pid)) continue;
    const kind = p.kind === 'browser' || p.kind === 'renderer' ? p.kind : 'other';
    // USER_HZ is 100 on Linux.
    out[kind] = (out[kind] ?? 0) + p.ticks * 10;
  }
  return out;
}

const cpuSince = (before: Record<string, number>): Record<string, number> => {
  const now = chromiumCpuMs();
  return Object.fromEntries(Object.entries(now).map(([k, v]) => [k, v - (before[k] ?? 0)]));
};

async function waitForServer(): Promise<void> {
  for (let i = 0; i < 100; i++) {
    const ok = await fetch(`${ORIGIN}/index.html`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`vite preview did not answer on ${ORIGIN}`);
}

const round = (n: number) => Math.round(n);

async function marks(page: Page): Promise<Record<string, number>> {
  return page.evaluate(() =>
    Object.fromEntries(
      performance
        .getEntriesByType('mark')
        .filter((m) => m.name.startsWith('cordon:'))
        .map((m) => [m.name.slice(7), Math.round(m.startTime)]),
    ),
  );
}

/** Rows in each of the store's tables, read with IndexedDB itself. */
async function rowCounts(page: Page): Promise<Record<string, number>> {
  return page.evaluate(
    () =>
      new Promise<Record<string, number>>((resolve, reject) => {
        const open = indexedDB.open('cordon');
        open.onerror = () => reject(new Error(String(open.error)));
        open.onsuccess = () => {
          const db = open.result;
          const names = [...db.objectStoreNames];
          const tx = db.transaction(names, 'readonly');
          const out: Record<string, number> = {};
          for (const name of names) {
            const req = tx.objectStore(name).count();
            req.onsuccess = () => (out[name] = req.result);
          }
          tx.oncomplete = () => {
            db.close();
            resolve(out);
          };
        };
      }),
  );
}

/**
 * The split of one seeded start, from the page's marks and the probe's times. The seed's
 * transaction counts the sites, writes the site's tables one after the other, then the
 * setting and the audit row: a table's time runs from its first use to the next table's.
 */
function split(probe: Probe, mark: Record<string, number>, rows: Record<string, number>) {
  const seedTx = probe.txs.find((t) => t.mode === 'readwrite' && t.stores > 10);
  if (!seedTx) throw new Error('no seed transaction seen');
  const uses = Object.entries(seedTx.firstUse).sort((a, b) => a[1] - b[1]);
  const before = probe.txs.filter((t) => t.start < seedTx.start && t.complete !== null);
  const lastRead = Math.max(...before.map((t) => t.complete ?? 0), mark['db-open'] ?? 0);
  const firstAdd = uses[0]?.[1] ?? Number.NaN;
  const siteDone = uses.find(([name]) => name === 'settings' || name === 'audit')?.[1] ?? Number.NaN;
  const complete = seedTx.complete ?? Number.NaN;
  const perTable: Record<string, { rows: number; ms: number }> = {};
  uses.forEach(([name, t], i) => {
    if (name === 'settings' || name === 'audit') return;
    perTable[name] = { rows: rows[name] ?? 0, ms: round((uses[i + 1]?.[1] ?? complete) - t) };
  });
  const ready = mark.ready ?? Number.NaN;
  return {
    total_ms: round(ready),
    until_seed_asked_ms: round(lastRead),
    generate_ms: round(seedTx.start - lastRead),
    tx_before_first_add_ms: round(firstAdd - seedTx.start),
    bulk_adds_ms: round(siteDone - firstAdd),
    audit_and_commit_ms: round(complete - siteDone),
    after_commit_to_first_read_ms: round((mark['first-read'] ?? Number.NaN) - complete),
    first_read_to_ready_ms: round(ready - (mark['first-read'] ?? Number.NaN)),
    per_table: perTable,
    marks: mark,
  };
}

const contextOptions = { viewport: { width: 1366, height: 768 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' };
const LAB_VARIANTS = ['app', 'write', 'builder-order', 'raw', 'noindex'] as const;

/** Builds the lab page into the served snapshot, at /lab/. */
async function buildLab(outDir: string): Promise<void> {
  // Inside the repository, so the page's bare imports (dexie) resolve to its node_modules.
  await mkdir(join(repo, 'dist'), { recursive: true });
  const src = await mkdtemp(join(repo, 'dist/seed-probe-lab-'));
  try {
    await writeFile(join(src, 'index.html'), '<!doctype html><body><script type="module" src="./lab.js"></script>');
    await writeFile(
      join(src, 'lab.js'),
      labSource((path) => JSON.stringify(join(repo, path))),
    );
    await build({
      root: src,
      base: './',
      configFile: false,
      logLevel: 'warn',
      build: { outDir, emptyOutDir: true, target: 'chrome130' },
    });
  } finally {
    await rm(src, { recursive: true, force: true });
  }
}

/** One start of the app on `?seed=year`, in a fresh context (an empty store). */
async function appSeed(browser: Browser) {
  const context = await browser.newContext(contextOptions);
  try {
    await context.addInitScript(instrument);
    const page = await context.newPage();
    page.on('pageerror', (e) => process.stderr.write(`page error: ${e.message}\n`));
    const cpu = chromiumCpuMs();
    await page.goto(`${ORIGIN}/index.html?seed=year#/`, { timeout: TIMEOUT });
    await page.waitForFunction(() => performance.getEntriesByName('cordon:ready', 'mark').length > 0, undefined, {
      timeout: TIMEOUT,
      polling: 100,
    });
    const used = cpuSince(cpu);
    const probe = await page.evaluate(() => (window as unknown as { seedProbe: Probe }).seedProbe);
    return { ...split(probe, await marks(page), await rowCounts(page)), chromium_cpu_ms: used };
  } finally {
    await context.close();
  }
}

/** One lab variant, in a fresh context and page. */
async function labRun(browser: Browser, variant: string) {
  // PROBE_DISK=1: a profile on disk, as the desktop app keeps its store, instead of the
  // in-memory store of a fresh context (what the bench measures).
  const profile = process.env.PROBE_DISK === '1' ? await mkdtemp(join(tmpdir(), 'cordon-seed-profile-')) : null;
  const executablePath = chromiumExecutable();
  const context = profile
    ? await chromium.launchPersistentContext(profile, {
        ...contextOptions,
        ...(executablePath ? { executablePath } : {}),
        args: chromiumArgs,
      })
    : await browser.newContext(contextOptions);
  try {
    const page = await context.newPage();
    page.on('pageerror', (e) => process.stderr.write(`page error: ${e.message}\n`));
    await page.goto(`${ORIGIN}/lab/index.html`, { timeout: TIMEOUT });
    await page.waitForFunction(() => document.body.dataset.lab === 'ready');
    const cpu = chromiumCpuMs();
    const times = await page.evaluate(
      (v) => (window as unknown as { lab: (v: string) => Promise<Record<string, number>> }).lab(v),
      variant,
    );
    return {
      ...Object.fromEntries(Object.entries(times).map(([k, v]) => [k, round(v)])),
      chromium_cpu_ms: cpuSince(cpu),
    };
  } finally {
    await context.close();
    if (profile) await rm(profile, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  // A copy of the build: others may rebuild dist/renderer while this runs.
  const snapshot = await mkdtemp(join(tmpdir(), 'cordon-seed-probe-'));
  await cp(process.env.PROBE_BUILD ?? join(repo, 'dist/renderer'), snapshot, { recursive: true });
  const labs = (process.env.PROBE_LAB ?? LAB_VARIANTS.join(',')).split(',').filter(Boolean);
  if (labs.length > 0) await buildLab(join(snapshot, 'lab'));
  const server = spawn(
    'npx',
    ['vite', 'preview', '--outDir', snapshot, '--port', String(PORT), '--strictPort', '--host', '127.0.0.1'],
    // Its own process group, so npx and the vite under it stop together.
    { cwd: repo, stdio: ['ignore', 'ignore', 'inherit'], detached: true },
  );
  const executablePath = chromiumExecutable();
  try {
    await waitForServer();
    const browser = await chromium.launch({ ...(executablePath ? { executablePath } : {}), args: chromiumArgs });
    try {
      const runs = Number(process.env.PROBE_RUNS ?? 1);
      const app = [];
      for (let i = 0; i < runs; i++) app.push(await appSeed(browser));
      const lab: Record<string, unknown[]> = {};
      for (const variant of labs) (lab[variant] ??= []).push(await labRun(browser, variant));
      process.stdout.write(`${JSON.stringify({ app, lab }, null, 2)}\n`);
    } finally {
      await browser.close();
    }
  } finally {
    if (server.pid !== undefined) process.kill(-server.pid);
    await rm(snapshot, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    process.stderr.write(`probe failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exit(1);
  },
);
