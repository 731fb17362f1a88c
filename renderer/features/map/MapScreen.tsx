import { useState } from 'react';
import type { Entrance, Site } from '../../../shared/domain';
import { entranceStates } from '../../../shared/domain/entranceValues';
import { useI18n } from '../../i18n/useI18n';
import { useMinute } from '../../hooks/useMinute';
import { EntranceStateLabel } from '../../ui/EntranceStateLabel';
import { PostStaffingSymbol } from '../../ui/PostStaffingSymbol';
import { EntranceStateDialog } from '../entrances/EntranceStateDialog';
import { useEntrances } from '../entrances/useEntrances';
import { usePostStaffing } from '../home/usePostStaffing';
import { useCurrentShift } from '../shifts/useCurrentShift';
import { SitePlanMap } from './SitePlanMap';

/** The plan at full size with a legend of entrance states. */
export function MapScreen({ site }: { site: Site | null }) {
  const { t } = useI18n();
  const minute = useMinute();
  const entrances = useEntrances(site?.id);
  const shift = useCurrentShift(site?.id, minute);
  const staffing = usePostStaffing(site?.id, shift);
  const [changing, setChanging] = useState<Entrance | null>(null);
  if (!site) return null;
  const current = changing && entrances?.find((e) => e.id === changing.id);
  return (
    <section className="screen map-screen">
      <h2>{t('map.title')}</h2>
      <div className="map-screen-body">
        <SitePlanMap full site={site} entrances={entrances ?? []} staffing={staffing ?? []} onSelectEntrance={setChanging} />
        <aside className="legend" aria-label={t('map.legend')}>
          <h3>{t('map.legend')}</h3>
          <ul>
            {entranceStates.map((s) => (
              <li key={s}><EntranceStateLabel state={s} /></li>
            ))}
          </ul>
          <ul>
            {(['staffed', 'below-minimum', 'unstaffed'] as const).map((level) => (
              <li key={level} className="state-label"><PostStaffingSymbol level={level} /> {t(`map.post.${level}`)}</li>
            ))}
          </ul>
        </aside>
      </div>
      <EntranceStateDialog entrance={current ?? null} timeZone={site.timeZone} onClose={() => setChanging(null)} />
    </section>
  );
}
