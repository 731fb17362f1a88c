import { call } from '../../db/live/query';
import { entrancesOfSite } from '../../db/queries/entrances';
import { postStaffing } from '../../db/queries/postStaffing';
import { shiftNow } from '../../db/queries/currentShift';
import type { ReadContext } from '../../db/live/readContext';

/** The overview's first read: what HomeScreen reads live. */
export const homeReads = ({ siteId, minute }: ReadContext) => [
  call(entrancesOfSite, siteId),
  call(shiftNow, siteId, minute),
  call(postStaffing, siteId, minute),
];
