import { call } from '../../db/live/query';
import type { ReadContext } from '../../db/live/readContext';
import { patrolRoutesOfSite } from '../../db/queries/patrolRoutes';

/** The patrols screen's first read (stand-in): the routes tab's routes. */
export const patrolsReads = ({ siteId }: ReadContext) => [call(patrolRoutesOfSite, siteId)];
