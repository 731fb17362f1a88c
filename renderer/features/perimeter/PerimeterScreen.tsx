import { useMemo, useState } from 'react';
import type { Site, UpgradeItem } from '../../../shared/domain';
import { useMinute } from '../../hooks/useMinute';
import { formatNumber } from '../../i18n/format';
import { useI18n } from '../../i18n/useI18n';
import { DeleteUpgradeDialog } from './DeleteUpgradeDialog';
import { ProgressSection } from './ProgressSection';
import { UpgradeFilterBar } from './UpgradeFilterBar';
import { UpgradeItemDialog } from './UpgradeItemDialog';
import { UpgradeTable } from './UpgradeTable';
import { useSummaryText } from './useSummaryText';
import { filterUpgradeItems, type UpgradeFilter } from './upgradeFilter';
import { upgradeItemsOfSite } from './queries';
import { useLive } from '../../db/live/useLive';
import { useSiteWorks } from '../../hooks/useSiteWorks';
import { useUpgradeProgress } from './useUpgradeProgress';
import './perimeter.css';

/**
 * Perimeter upgrades: the summary, the progress chart and the list all count the same
 * items (the chart's last day is today, deduced from the dates the list shows).
 */
export function PerimeterScreen({ site }: { site: Site | null }) {
  const { t, locale } = useI18n();
  const now = useMinute();
  const [filter, setFilter] = useState<UpgradeFilter>({ state: null, text: '' });
  const [editing, setEditing] = useState<UpgradeItem | 'new' | null>(null);
  const [deleting, setDeleting] = useState<UpgradeItem | null>(null);
  const allItems = useLive(upgradeItemsOfSite, site?.id ?? null).data;
  const items = useMemo(() => allItems && filterUpgradeItems(allItems, filter), [allItems, filter]);
  const progress = useUpgradeProgress(site, allItems, now);
  const { byId: works } = useSiteWorks(site?.id ?? null);
  const summary = useSummaryText();
  const timeZone = site?.timeZone ?? 'Asia/Shanghai';
  const ready = items !== undefined && progress !== undefined && works !== undefined;

  return (
    <section className="screen perimeter" data-ready={ready}>
      <div className="screen-head">
        <h2>{t('perimeter.title')}</h2>
        {site && (
          <button type="button" className="button-primary perimeter-add" onClick={() => setEditing('new')}>
            {t('perimeter.add')}
          </button>
        )}
      </div>
      {!site && <p>{t('perimeter.noSite')}</p>}
      {site && progress?.total === 0 && <p className="perimeter-empty">{t('perimeter.empty')}</p>}
      {site && progress && progress.total > 0 && (
        <>
          <p className="upgrade-summary" data-testid="upgrade-summary" role="status">
            {summary(progress.current)}
          </p>
          <ProgressSection days={progress.days} />
          <section className="upgrade-list" aria-labelledby="upgrade-list-title">
            <div className="screen-head">
              <h3 id="upgrade-list-title">{t('perimeter.listTitle')}</h3>
              {items && (
                <span className="hint">
                  {t('perimeter.shown', {
                    shown: formatNumber(items.length, locale),
                    total: formatNumber(progress.total, locale),
                  })}
                </span>
              )}
            </div>
            <UpgradeFilterBar filter={filter} counts={progress.current} total={progress.total} onChange={setFilter} />
            {items && works && (
              <UpgradeTable
                items={items}
                works={works}
                timeZone={timeZone}
                onEdit={setEditing}
                onDelete={setDeleting}
              />
            )}
            {items?.length === 0 && <p>{t('perimeter.noMatch')}</p>}
          </section>
        </>
      )}
      {site && (
        <UpgradeItemDialog siteId={site.id} editing={editing} timeZone={timeZone} onClose={() => setEditing(null)} />
      )}
      <DeleteUpgradeDialog item={deleting} onClose={() => setDeleting(null)} />
    </section>
  );
}
