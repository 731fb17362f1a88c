import { getDb } from '../db/openDb';
import { translate } from '../i18n/translate';
import { areaOf, readRoute } from './routes';
import { isLazyArea, screenCode } from './screenCode';

/**
 * The start's first script (index.html loads it before main.tsx): small, so it runs while
 * React and Leaflet are still being fetched and evaluated. It says the app is loading,
 * starts opening the store, and starts fetching the code of the screen the app starts on
 * when that screen loads on demand (a reload on the map). The language is not known
 * until the store is read, so the loading line is in both.
 */
const root = document.getElementById('root');
if (root) {
  root.textContent = `${translate('zh-CN', 'app.loading')} ${translate('en', 'app.loading')}`;
  root.className = 'booting';
}

/** Says the app could not start, before React is there to say anything: in both languages. */
export function showBootFailure(message: string): void {
  if (!root) return;
  root.textContent = [
    translate('zh-CN', 'app.bootFailed', { message }),
    translate('en', 'app.bootFailed', { message }),
  ].join('\n\n');
  root.className = 'boot-failed';
  root.setAttribute('role', 'alert');
}

// An exception while the rest of the start's code evaluates would otherwise leave the page
// saying "loading" for ever: main.tsx (which reports its own failures) never runs.
const onEvaluationError = (e: ErrorEvent) => showBootFailure(e.message);
window.addEventListener('error', onEvaluationError);

const startArea = areaOf(readRoute());
if (isLazyArea(startArea)) {
  // Fetched now; opening the screen asks for it again and gets the same module. A
  // failure here is met again, and shown, when the screen opens.
  screenCode[startArea]().catch(() => undefined);
}

export const early = {
  root,
  /** main.tsx is running: from here on it reports failures itself. */
  evaluated: () => window.removeEventListener('error', onEvaluationError),
  dbOpen: getDb()
    .open()
    .then(() => performance.mark('cordon:db-open')),
};
// Caught here so an early failure is not reported as unhandled; main.tsx awaits it again and shows it.
void early.dbOpen.catch(() => undefined);
