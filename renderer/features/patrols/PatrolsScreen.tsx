import type { Site } from '../../../shared/domain';
import { useI18n } from '../../i18n/useI18n';
import { Tabs, type TabDef } from '../../ui/Tabs';
import { HistoryTab } from './history/HistoryTab';
import { RoutesTab } from './routes/RoutesTab';
import { TodayTab } from './today/TodayTab';
import './patrols.css';

const Routes = ({ site }: { site: Site | null }) => (site ? <RoutesTab site={site} /> : null);
const History = ({ site }: { site: Site | null }) => (site ? <HistoryTab site={site} /> : null);

const tabs: readonly TabDef[] = [
  { id: 'today', label: 'patrols.tab.today', Tab: TodayTab },
  { id: 'routes', label: 'patrolRoutes.tab', Tab: Routes },
  { id: 'history', label: 'patrolHistory.tab', Tab: History },
];

/** Patrols: today's rounds and recording them, the routes, and the history of rounds walked. */
export function PatrolsScreen({ site }: { site: Site | null }) {
  const { t } = useI18n();
  return (
    <section className="screen patrols-screen">
      <h2 className="visually-hidden">{t('nav.patrols')}</h2>
      <Tabs name="patrols" label={t('nav.patrols')} tabs={tabs} site={site} />
    </section>
  );
}
