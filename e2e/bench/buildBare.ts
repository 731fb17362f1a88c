import { join } from 'node:path';
import { build } from 'vite';

/** Builds pages of e2e/bench/bare into outDir with Vite's defaults: no app config, no plugins. */
async function buildPages(root: string, outDir: string, input: Record<string, string>): Promise<void> {
  await build({
    root,
    base: './',
    build: { outDir, emptyOutDir: true, target: 'chrome130', rolldownOptions: { input } },
    configFile: false,
    logLevel: 'warn',
  });
}

/** The reference pages: index.html for the start, map.html for the map screen. */
export async function buildBare(root: string, outDir: string): Promise<void> {
  await buildPages(root, outDir, { index: join(root, 'index.html'), map: join(root, 'map.html') });
}

/**
 * The map screen's stack floor (stack-map.html: React, react-leaflet and Dexie), built on
 * its own so the bare pages share no chunk with it and load exactly as before.
 */
export async function buildFloor(root: string, outDir: string): Promise<void> {
  await buildPages(root, outDir, { stack: join(root, 'stack-map.html') });
}

/** The assignment board's reference (shifts.html: React and the board's CSS), on its own so it changes no other page's chunks. */
export async function buildShiftsBare(root: string, outDir: string): Promise<void> {
  await buildPages(root, outDir, { shifts: join(root, 'shifts.html') });
}

/** The activity log's reference (log.html: React, the virtualiser, Dexie and the log's CSS), on its own for the same reason. */
export async function buildLogBare(root: string, outDir: string): Promise<void> {
  await buildPages(root, outDir, { log: join(root, 'log.html') });
}

/** The patrol history's reference (patrols.html: React and Dexie reading the app's store), on its own for the same reason. */
export async function buildPatrolsBare(root: string, outDir: string): Promise<void> {
  await buildPages(root, outDir, { patrols: join(root, 'patrols.html') });
}

/** The wall benchmark's driver (wall-writer.html: the app's store and entrance command), on its own for the same reason. */
export async function buildWallWriter(root: string, outDir: string): Promise<void> {
  await buildPages(root, outDir, { 'wall-writer': join(root, 'wall-writer.html') });
}

/** Export and restore's reference (data.html: plain Dexie writing and reading a backup's rows), on its own for the same reason. */
export async function buildDataBare(root: string, outDir: string): Promise<void> {
  await buildPages(root, outDir, { data: join(root, 'data.html') });
}
