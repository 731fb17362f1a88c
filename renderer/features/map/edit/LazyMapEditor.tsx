import { lazy } from 'react';

/**
 * Leaflet-Geoman is about 400 KB: it loads when edit mode is first turned on, not with
 * every start of the app. MapEditor attaches it to the map that already exists.
 */
export const LazyMapEditor = lazy(() => import('./MapEditor').then((m) => ({ default: m.MapEditor })));
