import { getDb } from '../db/openDb';
import { translate } from '../i18n/translate';
import { mapScreenModule } from './screenModules';

/**
 * The first thing the entry script evaluates, before React and Leaflet: the store starts
 * opening, and a start on the map (a reload there, the wall screen) starts loading the map
 * screen's code, while the rest of the app's code is still evaluating. The page says it is
 * loading meanwhile; the language is not known until the store is read, so in both.
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
// saying "loading" for ever: the entry script (which reports its own failures) never runs.
const onEvaluationError = (e: ErrorEvent) => showBootFailure(e.message);
window.addEventListener('error', onEvaluationError);

export const startedOnMap = /^#\/map\b/.test(window.location.hash);

export const early = {
  root,
  /** The entry script is running: from here on it reports failures itself. */
  evaluated: () => window.removeEventListener('error', onEvaluationError),
  // Caught here so an early failure is not reported as unhandled; boot() awaits it again and shows it.
  dbOpen: getDb()
    .open()
    .then(() => performance.mark('cordon:db-open')),
  mapCode: startedOnMap ? mapScreenModule.load() : null,
};
void early.dbOpen.catch(() => undefined);
