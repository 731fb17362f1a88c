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

export const startedOnMap = /^#\/map\b/.test(window.location.hash);

export const early = {
  root,
  // Caught here so an early failure is not reported as unhandled; boot() awaits it again and shows it.
  dbOpen: getDb().open().then(() => performance.mark('cordon:db-open')),
  mapCode: startedOnMap ? mapScreenModule.load() : null,
};
void early.dbOpen.catch(() => undefined);
