import { useState } from 'react';
import type { Entrance, Site } from '../../../shared/domain';
import { entranceStates } from '../../../shared/domain';
import { useI18n } from '../../i18n/useI18n';
import { useNow } from '../../hooks/useNow';
import { EntranceStateLabel } from '../../ui/EntranceStateLabel';
import { EntranceStateDialog } from '../entrances/EntranceStateDialog';
import { useEntrances } from '../entrances/useEntrances';
import { usePostStaffing } from '../home/usePostStaffing';
import { useCurrentShift } from '../shifts/useCurrentShift';
import { SitePlanMap } from './SitePlanMap';

/** The plan at full size with a legend of entrance states. */
export function MapScreen({ site }: { site: Site | null }) {
  const { t } = useI18n();
  const now = useNow(15_000);
  const entrances = useEntrances(site?.id);
  const shift = useCurrentShift(site?.id, Math.floor(now / 60_000) * 60_000);
  const staffing = usePostStaffing(site?.id, shift);
  const [changing, setChanging] = useState<Entrance | null>(null);
  if (!site) return null;
  const current = changing && entrances?.find((e) => e.id === changing.id);
  return (
    <section className="screen map-screen">
      <h2>{t('map.title')}</h2>
      <div className="map-screen-body">
        <SitePlanMap site={site} entrances={entrances ?? []} staffing={staffing ?? []} onSelectEntrance={setChanging} />
        <aside className="legend" aria-label={t('map.legend')}>
          <h3>{t('map.legend')}</h3>
          <ul>
            {entranceStates.map((s) => (
              <li key={s}><EntranceStateLabel state={s} /></li>
            ))}
          </ul>
        </aside>
      </div>
      <EntranceStateDialog entrance={current ?? null} onClose={() => setChanging(null)} />
    </section>
  );
}
