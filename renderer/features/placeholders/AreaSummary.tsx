import type { Site } from '../../../shared/domain';
import { useLive } from '../../db/live/useLive';
import { formatNumber } from '../../i18n/format';
import type { MessageKey } from '../../i18n/translate';
import { useI18n } from '../../i18n/useI18n';
import { siteRowCounts, type CountedTable } from './queries';

/**
 * What an area whose screens are not built yet shows: its name and what the store
 * already holds for it, counted by index, so the operator can see the data is there.
 */
export function AreaSummary({
  area,
  site,
  tables,
}: {
  area: MessageKey;
  site: Site | null;
  tables: readonly CountedTable[];
}) {
  const { t, locale } = useI18n();
  const counts = useLive(siteRowCounts, site?.id ?? null, tables).data;
  return (
    <section className="screen">
      <h2>{t('area.comingTitle', { area: t(area) })}</h2>
      <p className="hint">{t('area.next')}</p>
      <h3>{t('area.inStore')}</h3>
      <ul className="count-list">
        {counts?.map(([name, count]) => (
          <li key={name}>{t('area.count', { table: t(`table.${name}`), count: formatNumber(count, locale) })}</li>
        ))}
      </ul>
    </section>
  );
}
