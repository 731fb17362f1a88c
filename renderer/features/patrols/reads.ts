import { call } from '../../db/live/query';
import type { ReadContext } from '../../db/live/readContext';
import { shiftNow } from '../../db/queries/currentShift';
import { personNames } from './queries';

/**
 * The patrols screen's first reads: the current shift (which sets the span of today's
 * rounds, read as soon as the tab knows it) and the names of who goes on rounds.
 */
export const patrolsReads = ({ siteId, minute }: ReadContext) => [
  call(shiftNow, siteId, minute),
  call(personNames, siteId),
];
