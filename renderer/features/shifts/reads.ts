import { call } from '../../db/live/query';
import type { ReadContext } from '../../db/live/readContext';
import { groupsOfSite, peopleOfSite, postsOfSite } from './queries';

/** The shifts screen's first read: what its first tab, the board, reads live. */
export const shiftsReads = ({ siteId }: ReadContext) => [
  call(postsOfSite, siteId),
  call(peopleOfSite, siteId),
  call(groupsOfSite, siteId),
];
