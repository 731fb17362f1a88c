import type { Site } from '../../../shared/domain';
import { useI18n } from '../../i18n/useI18n';
import { HistoryTab } from './history/HistoryTab';

/** Stand-in for the patrols screen until its tabs land (replaced at the merge): only the history tab. */
export function PatrolsScreen({ site }: { site: Site | null }) {
  const { t } = useI18n();
  return (
    <section className="screen patrols-screen">
      <h2 className="visually-hidden">{t('nav.patrols')}</h2>
      {site && <HistoryTab site={site} />}
    </section>
  );
}
