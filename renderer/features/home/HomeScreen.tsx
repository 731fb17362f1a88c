import { useEffect, useState } from 'react';
import type { Site } from '../../../shared/domain';
import { closureDay } from '../../../shared/rules/closureDay';
import { useLive } from '../../db/live/useLive';
import { shiftNow } from '../../db/queries/currentShift';
import { entrancesOfSite } from '../../db/queries/entrances';
import { postStaffing } from '../../db/queries/postStaffing';
import { useMinute } from '../../hooks/useMinute';
import { formatNumber } from '../../i18n/format';
import { useI18n } from '../../i18n/useI18n';
import { SitePlanMap } from '../../plan/SitePlanMap';
import { useSharedDialogs } from '../../services/SharedDialogs';
import { EntranceTile } from './EntranceTile';
import { PostRoster } from './PostRoster';

/**
 * The first screen: every entrance with its state, every post with who is on it now,
 * and the plan. Its first read is listed in ./reads.ts. Marks itself ready (data-ready,
 * a performance mark) once all three show.
 */
export function HomeScreen({ site }: { site: Site | null }) {
  const { t, locale } = useI18n();
  const minute = useMinute();
  const siteId = site?.id ?? null;
  const entrances = useLive(entrancesOfSite, siteId).data;
  const now = useLive(shiftNow, siteId, minute);
  const staffing = useLive(postStaffing, siteId, minute).data;
  const dialogs = useSharedDialogs();
  const [planLoaded, setPlanLoaded] = useState(false);
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
  const leader = now.data?.leader ?? null;

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
            onSelectEntrance={dialogs.changeEntranceState}
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
                onChangeState={() => dialogs.changeEntranceState(e)}
              />
            ))}
          </ul>
        </section>
        <section className="home-posts" aria-labelledby="posts-title">
          <h2 id="posts-title">{t('home.posts')}</h2>
          {now.data === null && <p className="hint">{t('home.noShiftNow')}</p>}
          {leader && (
            <p className="shift-leader" data-testid="shift-leader">
              {t('home.shiftLeader', { name: leader.name })} <span className="person-phone">{leader.phone}</span>
            </p>
          )}
          {staffing && <PostRoster staffing={staffing} />}
        </section>
      </div>
    </section>
  );
}
