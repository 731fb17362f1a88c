import './ui/theme.css';
import { seedKind } from './app/seedKind';
import { startPrint } from './app/startPrint';
import { startSession } from './db/firstStart';
import { getDb } from './db/openDb';
import { windowServices } from './app/windowServices';
import { readPrintParams } from './features/sheets/print/printParams';
import { translate } from './i18n/translate';

/**
 * The print page (print.html#/print/…): the page the hosts print a sheet from. It opens
 * the store and draws the sheet with nothing of the app's shell, map or screens, so a
 * sheet is ready sooner; index.html#/print/… draws the same, after loading the whole app.
 */
async function bootPrint(root: HTMLElement): Promise<void> {
  const params = readPrintParams(window.location.hash);
  const db = getDb();
  await db.open();
  const services = windowServices(db);
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
