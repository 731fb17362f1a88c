/**
 * The code of each screen that loads when first opened. Free of React and the store, so
 * the start's first script (startEarly) can begin fetching the screen the app starts on
 * (a reload on the map, the wall screen) while the rest of the start's code evaluates.
 */
export const screenCode = {
  '/map': () => import('../features/map/MapScreen').then((m) => m.MapScreen),
  '/entrances': () => import('../features/entrances/EntrancesScreen').then((m) => m.EntrancesScreen),
  '/perimeter': () => import('../features/perimeter/PerimeterScreen').then((m) => m.PerimeterScreen),
  '/shifts': () => import('../features/shifts/ShiftsScreen').then((m) => m.ShiftsScreen),
  '/settings': () => import('../features/settings/SettingsScreen').then((m) => m.SettingsScreen),
  '/patrols': () => import('../features/patrols/PatrolsScreen').then((m) => m.PatrolsScreen),
  '/log': () => import('../features/log/LogScreen').then((m) => m.LogScreen),
  '/sheets': () => import('../features/sheets/SheetsScreen').then((m) => m.SheetsScreen),
  '/audit': () => import('../features/audit/AuditScreen').then((m) => m.AuditScreen),
} as const;

export type LazyArea = keyof typeof screenCode;

export const isLazyArea = (area: string): area is LazyArea => area in screenCode;
