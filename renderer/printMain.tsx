import './ui/theme.css';
import { systemClock } from '../shared/time/clock';
import { seedKind } from './app/seedKind';
import { startPrint } from './app/startPrint';
import { startSession } from './db/firstStart';
import { LiveReads } from './db/live/LiveReads';
import { getDb, requestPersistence } from './db/openDb';
import { readPrintParams } from './features/sheets/print/printParams';
import { getBridge } from './host/bridge';
import { translate } from './i18n/translate';
import type { Services } from './services/ServicesContext';

/**
 * The print page (print.html#/print/…): the page the hosts print a sheet from. It opens
 * the store and draws the sheet with nothing of the app's shell, map or screens, so a
 * sheet is ready sooner; index.html#/print/… draws the same, after loading the whole app.
 */
async function bootPrint(root: HTMLElement): Promise<void> {
  const params = readPrintParams(window.location.hash);
  const db = getDb();
  await db.open();
  const services: Services = {
    db,
    live: new LiveReads(db),
    clock: systemClock,
    bridge: getBridge(),
    persistence: requestPersistence(),
  };
  const start = await startSession(services, seedKind());
  if (!params || !start.site) {
    root.textContent = translate(start.language, 'sheets.missing');
    return;
  }
  await startPrint(root, services, params, { site: start.site, language: start.language });
}

const root = document.getElementById('root');
if (root) {
  bootPrint(root).catch((err: unknown) => {
    const message = err instanceof Error ? err.message : String(err);
    root.textContent = [
      translate('zh-CN', 'app.bootFailed', { message }),
      translate('en', 'app.bootFailed', { message }),
    ].join('\n\n');
    root.setAttribute('role', 'alert');
  });
}
