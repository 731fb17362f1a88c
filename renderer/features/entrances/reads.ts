import { call } from '../../db/live/query';
import type { ReadContext } from '../../db/live/readContext';
import { entrancesOfSite } from '../../db/queries/entrances';

/** The entrance list's first read: what EntrancesScreen reads live. */
export const entranceReads = ({ siteId }: ReadContext) => [call(entrancesOfSite, siteId)];
