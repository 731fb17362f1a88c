import { createRoot } from 'react-dom/client';
import type { Site } from '../../shared/domain';
import { startOfLocalDay } from '../../shared/time/zoned';
import { ServicesContext, type Services } from '../services/ServicesContext';
import { READ_WAIT_MS } from './openScreen';

const floorMinute = (ms: number) => Math.floor(ms / 60_000) * 60_000;

/**
 * Mounts the wall screen (`#/wall`) instead of the app: no shell, no sign-on (nothing on
 * it writes), its own code loaded beside its first reads, and drawn whole once both are
 * in (or after a second, filling in as its queries answer), as a screen of the app is.
 */
export async function startWall(root: HTMLElement, services: Services, site: Site | null): Promise<void> {
  const html = document.documentElement;
  html.classList.add('wall-page');
  const code = import('../features/wall/WallApp');
  if (site) {
    const { wallReads } = await import('../features/wall/reads');
    const minute = floorMinute(services.clock.now());
    const dayStart = startOfLocalDay(minute, site.timeZone);
    const reads = wallReads({ siteId: site.id, minute }, dayStart).map((r) => r.start(services.live));
    let timer: ReturnType<typeof setTimeout> | undefined;
    await Promise.race([Promise.all(reads), new Promise((resolve) => (timer = setTimeout(resolve, READ_WAIT_MS)))]);
    clearTimeout(timer);
  }
  const { WallApp, WallRecovers } = await code;
  root.textContent = '';
  root.className = '';
  createRoot(root).render(
    <ServicesContext.Provider value={services}>
      <WallRecovers>
        <WallApp />
      </WallRecovers>
    </ServicesContext.Provider>,
  );
}
