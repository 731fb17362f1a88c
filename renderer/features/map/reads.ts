import { call } from '../../db/live/query';
import type { ReadContext } from '../../db/live/readContext';
import { entrancesOfSite } from '../../db/queries/entrances';
import { patrolRoutesOfSite } from '../../db/queries/patrolRoutes';
import { postStaffing } from '../../db/queries/postStaffing';
import { worksOfSite } from '../../db/queries/siteWorks';

/** The map's first read: every layer MapScreen draws, read live. */
export const mapReads = ({ siteId, minute }: ReadContext) => [
  call(entrancesOfSite, siteId),
  call(postStaffing, siteId, minute),
  call(worksOfSite, siteId),
  call(patrolRoutesOfSite, siteId),
];
