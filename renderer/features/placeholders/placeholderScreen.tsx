import { call } from '../../db/live/query';
import type { ReadContext } from '../../db/live/readContext';
import type { MessageKey } from '../../i18n/translate';
import type { Site } from '../../../shared/domain';
import { AreaSummary } from './AreaSummary';
import { siteRowCounts, type CountedTable } from './queries';

/** The screen of an area not built yet, made once per area: what the store holds for it. */
export function placeholderScreen(area: MessageKey, tables: readonly CountedTable[]) {
  return function PlaceholderScreen({ site }: { site: Site | null }) {
    return <AreaSummary area={area} site={site} tables={tables} />;
  };
}

/** Its first read: the same counts AreaSummary reads live. */
export const placeholderReads =
  (tables: readonly CountedTable[]) =>
  ({ siteId }: ReadContext) => [call(siteRowCounts, siteId, tables)];
