import 'leaflet/dist/leaflet.css';
import './ui/theme.css';
import { systemClock } from '../shared/time/clock';
import { readBootSnapshot, holdBootSnapshot } from './db/bootSnapshot';
import { getDb, requestPersistence } from './db/openDb';
import { seedOnFirstStart, type SeedKind } from './db/seed';
import { preloadPlan } from './features/map/drawnPlanUrl';
import { translate } from './i18n/translate';
import type { Site } from '../shared/domain';

/**
 * Start-up is two things at once: the store is opened and the first screen's data read
 * while the app's code (React, Leaflet, the screens) loads and compiles in parallel.
 * The performance marks let the benchmark say where start-up time goes.
 */
const appCode = import('./app/startApp');
void appCode.then(() => performance.mark('cordon:app-code'), () => undefined);

/** `?seed=year` (a generated year of operation) or `?seed=large-site` (60 entrances, 200 posts, 2,000 works) instead of the demo, on an empty store only (benchmarks). */
function seedKind(): SeedKind {
  const seed = new URLSearchParams(window.location.search).get('seed');
  return seed === 'year' || seed === 'large-site' ? seed : 'demo';
}

async function boot(root: HTMLElement): Promise<void> {
  // The language is not known until the store is read: say it in both.
  root.textContent = `${translate('zh-CN', 'app.loading')} ${translate('en', 'app.loading')}`;
  root.className = 'booting';
  const db = getDb();
  await db.open();
  performance.mark('cordon:db-open');
  const now = systemClock.now();
  const preload = (site: Site) => preloadPlan(site.plan);
  // Started on the map (a reload there): its layers are read with the rest,
  // and its screen's code loads while they are read, not once the shell has rendered.
  const onMap = /^#\/map\b/.test(window.location.hash);
  if (onMap) void import('./features/map/MapScreen').catch(() => undefined);
  let snapshot = await readBootSnapshot(db, now, preload, onMap);
  if (!snapshot.site && (await seedOnFirstStart(db, now, snapshot.language, seedKind()))) {
    snapshot = await readBootSnapshot(db, systemClock.now(), preload, onMap);
  }
  holdBootSnapshot(snapshot);
  performance.mark('cordon:snapshot');
  const { startApp } = await appCode;
  root.textContent = '';
  root.className = '';
  startApp(root, { db, clock: systemClock, persistence: requestPersistence() }, snapshot.language);
}

const root = document.getElementById('root');
if (root) {
  boot(root).catch((err: unknown) => {
    // Shown before the app could load, so in both languages.
    const message = err instanceof Error ? err.message : String(err);
    root.textContent = [translate('zh-CN', 'app.bootFailed', { message }), translate('en', 'app.bootFailed', { message })].join('\n');
    root.setAttribute('role', 'alert');
  });
}
