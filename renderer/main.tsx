import 'leaflet/dist/leaflet.css';
import './ui/theme.css';
// Evaluated before the imports below: see startEarly.
import { early, showBootFailure, startedOnMap } from './app/startEarly';
import { systemClock } from '../shared/time/clock';
import { mapScreenModule } from './app/screenModules';
import { startApp } from './app/startApp';
import { readAndHoldSnapshot } from './db/screenSnapshot';
import { getDb, requestPersistence } from './db/openDb';
import { seedOnFirstStart, type SeedKind } from './db/seed';
import { preloadPlan } from './features/map/drawnPlanUrl';
import { warmDateFormats } from './i18n/format';
import { whenIdleAfterPaint } from './ui/whenIdleAfterPaint';
import type { Language, Site } from '../shared/domain';

/**
 * One script, so the browser fetches all of the start's code at once (the page preloads
 * every chunk it imports). The store opens while that code evaluates (startEarly), then
 * the first screen's data is read in one transaction and React mounts with it.
 * The performance marks let the benchmark say where start-up time goes.
 */
performance.mark('cordon:app-code');
early.evaluated();

/** `?seed=year` (a generated year of operation) or `?seed=large-site` (60 entrances, 200 posts, 2,000 works) instead of the demo, on an empty store only (benchmarks). */
function seedKind(): SeedKind {
  const seed = new URLSearchParams(window.location.search).get('seed');
  return seed === 'year' || seed === 'large-site' ? seed : 'demo';
}

async function boot(root: HTMLElement): Promise<void> {
  await early.dbOpen;
  const db = getDb();
  const now = systemClock.now();
  // Once the site is known, while the store answers the rest: its plan picture decodes,
  // and the header's date formatters are built after the next reads are on their way.
  const prepare = (site: Site, language: Language) => {
    preloadPlan(site.plan);
    setTimeout(() => warmDateFormats(language, site.timeZone, now), 0);
  };
  // Started on the map: its layers are read with the rest.
  let snapshot = await readAndHoldSnapshot(db, now, startedOnMap, prepare);
  if (!snapshot.site && (await seedOnFirstStart(db, now, snapshot.language, seedKind()))) {
    snapshot = await readAndHoldSnapshot(db, systemClock.now(), startedOnMap, prepare);
  }
  performance.mark('cordon:snapshot');
  // Its code started loading in startEarly; the first render then draws the map, not a fallback.
  if (early.mapCode) await early.mapCode.catch(() => undefined);
  root.textContent = '';
  root.className = '';
  startApp(root, { db, clock: systemClock, persistence: requestPersistence() }, snapshot.language);
  // The map is the screen the operator opens most: its code is there before the first click.
  if (!early.mapCode) whenIdleAfterPaint(() => void mapScreenModule.load().catch(() => undefined));
}

const { root } = early;
if (root) {
  boot(root).catch((err: unknown) => {
    showBootFailure(err instanceof Error ? err.message : String(err));
  });
}
