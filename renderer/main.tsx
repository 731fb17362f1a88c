import { createRoot } from 'react-dom/client';
import 'leaflet/dist/leaflet.css';
import './ui/theme.css';
import { languageSchema } from '../shared/domain';
import { systemClock } from '../shared/time/clock';
import { App } from './app/App';
import { getDb, requestPersistence } from './db/openDb';
import { seedOnFirstStart, type SeedKind } from './db/seed';
import { getBridge } from './host/bridge';
import { translate } from './i18n/translate';

/** `?seed=year` seeds a generated year of operation instead of the demo, on an empty store only (benchmarks). */
function seedKind(): SeedKind {
  return new URLSearchParams(window.location.search).get('seed') === 'year' ? 'year' : 'demo';
}

async function boot(): Promise<void> {
  const rootEl = document.getElementById('root');
  if (!rootEl) return;
  const db = getDb();
  try {
    await db.open();
    const persistent = await requestPersistence();
    const stored = languageSchema.safeParse((await db.settings.get('language'))?.value);
    const language = stored.success ? stored.data : 'zh-CN';
    await seedOnFirstStart(db, systemClock.now(), language, seedKind());
    createRoot(rootEl).render(<App services={{ db, clock: systemClock, bridge: getBridge(), persistent }} />);
  } catch (err) {
    rootEl.textContent = translate('zh-CN', 'app.bootFailed', { message: err instanceof Error ? err.message : String(err) });
    rootEl.setAttribute('role', 'alert');
  }
}

void boot();
