import { call } from '../../db/live/query';
import type { ReadContext } from '../../db/live/readContext';
import { worksOfSite } from '../../db/queries/siteWorks';
import { upgradeItemsOfSite } from './queries';

/** The perimeter screen's first read: what PerimeterScreen reads live. */
export const perimeterReads = ({ siteId }: ReadContext) => [
  call(upgradeItemsOfSite, siteId),
  call(worksOfSite, siteId),
];
