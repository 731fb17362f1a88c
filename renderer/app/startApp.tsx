import { createRoot } from 'react-dom/client';
import type { Language } from '../../shared/domain';
import type { Services } from '../services/ServicesContext';
import { App } from './App';
import type { ScreenComponent } from './screens';

/** Mounts the app once the store is open and the first screen's code and data are at hand. */
export function startApp(
  root: HTMLElement,
  services: Services,
  first: { route: string; screen: ScreenComponent },
  language: Language,
): void {
  document.documentElement.lang = language;
  createRoot(root).render(<App services={services} first={first} />);
}
