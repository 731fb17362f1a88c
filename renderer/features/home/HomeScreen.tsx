import { useEffect, useState } from 'react';
import type { Entrance, Site } from '../../../shared/domain';
import { closureDay } from '../../../shared/rules/closureDay';
import { formatNumber } from '../../i18n/format';
import { useI18n } from '../../i18n/useI18n';
import { useMinute } from '../../hooks/useMinute';
import { EntranceStateDialog } from '../entrances/EntranceStateDialog';
import { useEntrances } from '../entrances/useEntrances';
import { SitePlanMap } from '../map/SitePlanMap';
import { useCurrentShift } from '../shifts/useCurrentShift';
import { useShiftLeader } from '../shifts/useShiftLeader';
import { EntranceTile } from './EntranceTile';
import { PostRoster } from './PostRoster';
import { usePostStaffing } from './usePostStaffing';

/**
 * The first screen: every entrance with its state, every post with who is on it now,
 * and the plan. Marks itself ready (data-ready, a performance mark) once all three show.
 */
export function HomeScreen({ site }: { site: Site | null }) {
  const { t, locale } = useI18n();
  const minute = useMinute();
  const entrances = useEntrances(site?.id);
  const shift = useCurrentShift(site?.id, minute);
  const staffing = usePostStaffing(site?.id, shift);
  const leader = useShiftLeader(shift);
  const [planLoaded, setPlanLoaded] = useState(false);
  const [changing, setChanging] = useState<Entrance | null>(null);
  const ready = entrances !== undefined && staffing !== undefined && planLoaded;

  useEffect(() => {
    performance.mark('cordon:home-mounted');
  }, []);
  useEffect(() => {
    if (planLoaded) performance.mark('cordon:plan-loaded');
    if (ready) performance.mark('cordon:ready');
  }, [ready, planLoaded]);

  if (!site) return null;
  const day = closureDay(site, minute);
  const byEntrance = new Map(staffing?.flatMap((s) => (s.post.entranceId ? [[s.post.entranceId, s] as const] : [])));
  const current = changing && entrances?.find((e) => e.id === changing.id);

  return (
    <section className="screen home" data-ready={ready ? 'true' : 'false'} aria-labelledby="home-title">
      <div className="screen-head">
        <h2 id="home-title">{t('home.title')}</h2>
        <p className="site-facts">
          {[
            site.town,
            t('home.residents', { residents: formatNumber(site.residents, locale) }),
            day === null ? '' : t('home.closureDay', { day }),
          ]
            .filter((part) => part !== '')
            .join(' · ')}
        </p>
      </div>
      <div className="home-grid">
        <div className="home-map">
          <SitePlanMap
            site={site}
            entrances={entrances ?? []}
            staffing={staffing ?? []}
            onPlanLoaded={() => setPlanLoaded(true)}
            onSelectEntrance={setChanging}
          />
        </div>
        <section className="home-entrances" aria-labelledby="entrances-title">
          <h2 id="entrances-title">{t('home.entrances')}</h2>
          {entrances?.length === 0 && <p className="hint">{t('home.noEntrances')}</p>}
          <ul className="entrance-tiles">
            {entrances?.map((e) => (
              <EntranceTile
                key={e.id}
                entrance={e}
                staffing={byEntrance.get(e.id)}
                onChangeState={() => setChanging(e)}
              />
            ))}
          </ul>
        </section>
        <section className="home-posts" aria-labelledby="posts-title">
          <h2 id="posts-title">{t('home.posts')}</h2>
          {shift === null && <p className="hint">{t('home.noShiftNow')}</p>}
          {leader && (
            <p className="shift-leader" data-testid="shift-leader">
              {t('home.shiftLeader', { name: leader.name })} <span className="person-phone">{leader.phone}</span>
            </p>
          )}
          {staffing && <PostRoster staffing={staffing} />}
        </section>
      </div>
      <EntranceStateDialog entrance={current ?? null} timeZone={site.timeZone} onClose={() => setChanging(null)} />
    </section>
  );
}
