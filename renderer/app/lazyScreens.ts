import { lazy } from 'react';
import { preloadedLazy } from '../ui/preloadedLazy';
import { mapScreenModule } from './screenModules';

/**
 * The screens other than the overview load when first opened: the start of the app
 * (the overview) does not wait for the map editor, the charts or the audit table.
 */
export const MapScreen = preloadedLazy(
  () => mapScreenModule.load().then((m) => m.MapScreen),
  () => mapScreenModule.loaded()?.MapScreen,
);
export const EntrancesScreen = lazy(() =>
  import('../features/entrances/EntrancesScreen').then((m) => ({ default: m.EntrancesScreen })),
);
export const PerimeterScreen = lazy(() =>
  import('../features/perimeter/PerimeterScreen').then((m) => ({ default: m.PerimeterScreen })),
);
export const SettingsScreen = lazy(() =>
  import('../features/settings/SettingsScreen').then((m) => ({ default: m.SettingsScreen })),
);
export const AuditScreen = lazy(() =>
  import('../features/audit/AuditScreen').then((m) => ({ default: m.AuditScreen })),
);
