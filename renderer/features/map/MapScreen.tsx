import { useState } from 'react';
import type { Entrance, Site } from '../../../shared/domain';
import { useI18n } from '../../i18n/useI18n';
import { useMinute } from '../../hooks/useMinute';
import { EntranceStateDialog } from '../entrances/EntranceStateDialog';
import { useEntrances } from '../entrances/useEntrances';
import { usePostStaffing } from '../home/usePostStaffing';
import { useCurrentShift } from '../shifts/useCurrentShift';
import { EntrancePanel } from './EntrancePanel';
import { MapLegend } from './MapLegend';
import { SitePlanMap } from './SitePlanMap';

/** The plan at full size: every layer, a legend, and a side panel for what is selected. */
export function MapScreen({ site }: { site: Site | null }) {
  const { t } = useI18n();
  const minute = useMinute();
  const entrances = useEntrances(site?.id);
  const shift = useCurrentShift(site?.id, minute);
  const staffing = usePostStaffing(site?.id, shift);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [changing, setChanging] = useState(false);
  if (!site) return null;
  // Looked up live, so the panel follows changes made here or in another window.
  const selected: Entrance | undefined = entrances?.find((e) => e.id === selectedId);
  const selectedStaffing = selected && staffing?.find((s) => s.post.entranceId === selected.id);
  return (
    <section className="screen map-screen">
      <h2>{t('map.title')}</h2>
      <div className="map-screen-body">
        <SitePlanMap full site={site} entrances={entrances ?? []} staffing={staffing ?? []} onSelectEntrance={(e) => setSelectedId(e.id)} />
        <aside className="legend" aria-label={selected ? selected.name : t('map.legend')}>
          {selected ? (
            <EntrancePanel
              site={site}
              entrance={selected}
              staffing={selectedStaffing}
              onChangeState={() => setChanging(true)}
              onClose={() => setSelectedId(null)}
            />
          ) : (
            <MapLegend />
          )}
        </aside>
      </div>
      <EntranceStateDialog entrance={changing ? selected ?? null : null} timeZone={site.timeZone} onClose={() => setChanging(false)} />
    </section>
  );
}
