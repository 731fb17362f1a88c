import { useLive } from '../../db/useLive';
import type { Site } from '../../../shared/domain';
import type { SiteTable } from '../../../shared/demo/dataset';
import { useServices } from '../../app/ServicesContext';
import { formatNumber } from '../../i18n/format';
import type { MessageKey } from '../../i18n/translate';
import { useI18n } from '../../i18n/useI18n';

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
  tables: Exclude<SiteTable, 'sites'>[];
}) {
  const { t, locale } = useI18n();
  const { db } = useServices();
  const counts = useLive(
    () =>
      Promise.all(
        tables.map(
          async (name) => [name, site ? await db.table(name).where('siteId').equals(site.id).count() : 0] as const,
        ),
      ),
    [db, site?.id, tables.join()],
  );
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
