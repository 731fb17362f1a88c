import { createRoot } from 'react-dom/client';
import type { Language } from '../../shared/domain';
import type { Clock } from '../../shared/time/clock';
import type { CordonDb } from '../db/CordonDb';
import { getBridge } from '../host/bridge';
import { App } from './App';

/** Mounts the app once the store is open and the first screen's data is at hand. */
export function startApp(
  root: HTMLElement,
  base: { db: CordonDb; clock: Clock; persistence: Promise<boolean> },
  language: Language,
): void {
  document.documentElement.lang = language;
  createRoot(root).render(<App services={{ ...base, bridge: getBridge() }} />);
}
