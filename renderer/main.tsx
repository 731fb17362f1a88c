import 'leaflet/dist/leaflet.css';
import './ui/theme.css';
import { early, showBootFailure } from './app/startEarly';
import { openScreen } from './app/openScreen';
import { areaOf, readRoute } from './app/routes';
import { screens } from './app/screens';
import { startApp } from './app/startApp';
import { startWall } from './app/startWall';
import { isWallRoute, restartOnWallSwitch, WALL_RETRY_MS } from './app/wallRoute';
import { seedKind } from './app/seedKind';
import { getDb } from './db/openDb';
import { windowServices } from './app/windowServices';
import { startSession } from './db/firstStart';
import { preloadPlan } from './plan/drawnPlanUrl';
import { warmDateFormats } from './i18n/format';
import { whenIdleAfterPaint } from './ui/whenIdleAfterPaint';

/**
 * The start, after startEarly (the page's first script) has begun opening the store: the
 * demo site is seeded on a first start, the shell's session and the first screen's
 * queries are started and answered, and React mounts with the screen whole.
 * The performance marks let the benchmark say where start-up time goes.
 */
performance.mark('cordon:app-code');
early.evaluated();

async function boot(root: HTMLElement): Promise<void> {
  await early.dbOpen;
  const db = getDb();
  const services = windowServices(db);
  const start = await startSession(services, seedKind());
  if (start.site) {
    // While the store answers the first screen's queries: the plan picture decodes, and the
    // header's date formatters are built.
    preloadPlan(start.site.plan);
    const { language, site } = start;
    setTimeout(() => warmDateFormats(language, site.timeZone, services.clock.now()), 0);
  }
  const route = readRoute();
  const asWall = isWallRoute(route);
  restartOnWallSwitch(asWall);
  if (asWall) {
    await startWall(root, services, start.site);
    performance.mark('cordon:first-read');
    return;
  }
  const screen = await openScreen(services, screens[areaOf(route)]);
  performance.mark('cordon:first-read');
  if (!screen) return;
  root.textContent = '';
  root.className = '';
  startApp(root, services, { route, screen }, start.language);
  // Once the first screen is drawn: the map's code (the screen the operator opens most) and
  // the commands' (signing on is the first thing done), so neither waits for a click.
  whenIdleAfterPaint(() => {
    void screens['/map'].load();
    void import('./db/session').catch(() => undefined);
  });
}

const { root } = early;
if (root) {
  boot(root).catch((err: unknown) => {
    showBootFailure(err instanceof Error ? err.message : String(err));
    // Nobody stands at the wall to start it again: it tries once more a little later.
    if (isWallRoute(readRoute())) setTimeout(() => window.location.reload(), WALL_RETRY_MS);
  });
}
