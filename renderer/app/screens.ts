import type { ComponentType } from 'react';
import type { Site } from '../../shared/domain';
import type { QueryCall } from '../db/live/query';
import type { ReadContext } from '../db/live/readContext';
import { auditReads } from '../features/audit/reads';
import { entranceReads } from '../features/entrances/reads';
import { homeReads } from '../features/home/reads';
import { logReads } from '../features/log/reads';
import { HomeScreen } from '../features/home/HomeScreen';
import { mapReads } from '../features/map/reads';
import { patrolsReads } from '../features/patrols/reads';
import { perimeterReads } from '../features/perimeter/reads';
import { sheetsReads } from '../features/sheets/reads';
import { shiftsReads } from '../features/shifts/reads';
import { placeholderReads, placeholderScreen } from '../features/placeholders/placeholderScreen';
import type { CountedTable } from '../features/placeholders/queries';
import type { MessageKey } from '../i18n/translate';
import type { AreaPath } from './routes';
import { screenCode } from './screenCode';

export type ScreenProps = { site: Site | null };
export type ScreenComponent = ComponentType<ScreenProps>;

/**
 * Every screen: where its code comes from and which queries it reads first. Opening a
 * screen (openScreen) starts those queries and loads the code side by side, in the route
 * change's transition, so the screen replaces the one before whole, with its data.
 * `reads` must name the same queries with the same arguments as the screen's useLive
 * calls: they are the same live queries, started a little earlier.
 *
 * The overview is in the start's own code; every other screen loads when first opened.
 */
export interface ScreenDef {
  load: () => Promise<ScreenComponent>;
  reads?: (at: ReadContext) => QueryCall[];
}

export const screens: Record<AreaPath, ScreenDef> = {
  '/': { load: async () => HomeScreen, reads: homeReads },
  '/map': { load: screenCode['/map'], reads: mapReads },
  '/entrances': { load: screenCode['/entrances'], reads: entranceReads },
  '/perimeter': { load: screenCode['/perimeter'], reads: perimeterReads },
  '/shifts': { load: screenCode['/shifts'], reads: shiftsReads },
  '/settings': { load: screenCode['/settings'] },
  '/audit': { load: screenCode['/audit'], reads: auditReads },
  '/patrols': { load: screenCode['/patrols'], reads: patrolsReads },
  '/log': { load: screenCode['/log'], reads: logReads },
  '/sheets': { load: screenCode['/sheets'], reads: sheetsReads },
  // Areas whose screens are not built yet: what the store holds for each.
  '/requests': placeholder('nav.requests', ['serviceRequests']),
};

function placeholder(area: MessageKey, tables: readonly CountedTable[]): ScreenDef {
  const Screen = placeholderScreen(area, tables);
  return { load: async () => Screen, reads: placeholderReads(tables) };
}
