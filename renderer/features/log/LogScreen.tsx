import type { Site } from '../../../shared/domain';
import { useI18n } from '../../i18n/useI18n';
import { Tabs, type TabDef } from '../../ui/Tabs';
import { ActivityTab } from './activity/ActivityTab';
import { CrossingsTab } from './entrances/CrossingsTab';
import './log.css';

const Activity = ({ site }: { site: Site | null }) => (site ? <ActivityTab site={site} /> : null);
const Crossings = ({ site }: { site: Site | null }) => (site ? <CrossingsTab site={site} /> : null);

const tabs: readonly TabDef[] = [
  { id: 'activity', label: 'log.tab.activity', Tab: Activity },
  { id: 'entrances', label: 'log.tab.entrances', Tab: Crossings },
];

/**
 * The post's log (日志): the activity log with the open incidents on top, and the
 * entrance log of crossings at the passage.
 */
export function LogScreen({ site }: { site: Site | null }) {
  const { t } = useI18n();
  return (
    <section className="screen log-screen">
      <h2 className="visually-hidden">{t('nav.log')}</h2>
      <Tabs name="log" label={t('nav.log')} tabs={tabs} site={site} />
    </section>
  );
}
