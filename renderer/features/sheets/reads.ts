import { call } from '../../db/live/query';
import type { ReadContext } from '../../db/live/readContext';
import { shiftNow } from '../../db/queries/currentShift';
import { printedSheetsOfSite, shiftSheet } from './queries';

/**
 * The sheets screen's first reads: the current shift, the numbered sheets and the preview
 * of the current shift's sheet (the day's shift list needs the site's zone, read with it).
 */
export const sheetsReads = ({ siteId, minute }: ReadContext) => [
  call(shiftNow, siteId, minute),
  call(printedSheetsOfSite, siteId),
  call(shiftSheet, siteId, 'current', minute, null),
];
