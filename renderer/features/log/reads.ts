import { call } from '../../db/live/query';
import type { ReadContext } from '../../db/live/readContext';
import { openIncidents } from './activity/queries';

/**
 * The log's first read: the open incidents pinned on top. The list's own reads depend on
 * the site's time zone (today's bounds), which the read context does not carry; they
 * answer a moment after the screen shows, by index range.
 */
export const logReads = ({ siteId }: ReadContext) => [call(openIncidents, siteId)];
