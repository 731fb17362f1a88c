import type { MessageKey } from '../i18n/translate';

/** The areas of the app (docs/architecture.md), in the order the navigation shows them. */
export const areas = [
  { path: '/', label: 'nav.home' },
  { path: '/map', label: 'nav.map' },
  { path: '/entrances', label: 'nav.entrances' },
  { path: '/shifts', label: 'nav.shifts' },
  { path: '/patrols', label: 'nav.patrols' },
  { path: '/perimeter', label: 'nav.perimeter' },
  { path: '/log', label: 'nav.log' },
  { path: '/requests', label: 'nav.requests' },
  { path: '/sheets', label: 'nav.sheets' },
  { path: '/settings', label: 'nav.settings' },
  { path: '/audit', label: 'audit.title' },
] as const satisfies readonly { path: string; label: MessageKey }[];

export type AreaPath = (typeof areas)[number]['path'];

export function areaOf(route: string): AreaPath {
  const match = areas.filter((a) => a.path !== '/' && (route === a.path || route.startsWith(`${a.path}/`)));
  return match[0]?.path ?? '/';
}

/** The route in the window's address (`#/map` → `/map`). */
export function readRoute(): string {
  const path = window.location.hash.replace(/^#/, '').split('?')[0] ?? '';
  return path === '' ? '/' : path;
}
