import { useMemo } from 'react';
import type { Site } from '../../../shared/domain';
import { startOfLocalDay } from '../../../shared/time/zoned';
import { wallAlerts } from '../../../shared/wall/wallAlerts';
import { wallSite } from '../../../shared/wall/wallModel';
import { emptyCounts } from '../../../shared/rules/upgradeProgress';
import type { WallRounds } from '../../../shared/wall/wallPicture';
import { useLive } from '../../db/live/useLive';
import { useMinute } from '../../hooks/useMinute';
import { CrossingsChart } from './charts/CrossingsChart';
import { RoundsChart } from './charts/RoundsChart';
import { StaffingChart } from './charts/StaffingChart';
import { UpgradesChart } from './charts/UpgradesChart';
import {
  wallCrossingsToday,
  wallEntrancesOf,
  wallOpenIncidents,
  wallOpenTrips,
  wallPostsNow,
  wallRoundsNow,
  wallShiftNow,
  wallUpgradeCounts,
} from './queries';
import { useRotation } from './useRotation';
import { WallAlerts } from './WallAlerts';
import { WallEntrances } from './WallEntrances';
import { WallHeader } from './WallHeader';
import { WallMap } from './WallMap';
import { WallPosts } from './WallPosts';
import { WallRoundNow } from './WallRoundNow';

const NO_ROUNDS: WallRounds = {
  routes: [],
  underWay: null,
  flagged: [],
  today: { due: 0, onTime: 0, late: 0, missed: 0 },
};
const NONE: never[] = [];
const CHARTS = 4;

/**
 * The wall screen: the plan large with the entrances under it; beside it the alerts, the
 * posts with who stands there, the round out now, and one chart at a time in turn. Every
 * piece is a live query answering with the wall's read model, so a change anywhere shows
 * here as soon as the store has it, and only the pieces it touched draw again.
 */
export function WallScreen({ site }: { site: Site }) {
  const minute = useMinute();
  const dayStart = startOfLocalDay(minute, site.timeZone);
  const entrances = useLive(wallEntrancesOf, site.id).data ?? NONE;
  const posts = useLive(wallPostsNow, site.id, minute).data ?? NONE;
  const shift = useLive(wallShiftNow, site.id, minute).data ?? null;
  const rounds = useLive(wallRoundsNow, site.id, minute, dayStart).data ?? NO_ROUNDS;
  const incidents = useLive(wallOpenIncidents, site.id).data ?? NONE;
  const trips = useLive(wallOpenTrips, site.id, minute).data ?? NONE;
  const upgrades = useLive(wallUpgradeCounts, site.id).data ?? emptyCounts();
  const crossings = useLive(wallCrossingsToday, site.id, dayStart, minute).data ?? NONE;
  const alerts = useMemo(
    () => wallAlerts({ incidents, entrances, rounds, posts, trips }),
    [incidents, entrances, rounds, posts, trips],
  );
  const page = useRotation(CHARTS);
  const about = useMemo(() => wallSite(site, minute), [site, minute]);

  return (
    <div className="wall" data-testid="wall">
      <WallHeader site={about} shift={shift} minute={minute} />
      <div className="wall-body">
        <div className="wall-main">
          <WallMap site={site} entrances={entrances} posts={posts} routes={rounds.routes} underWay={rounds.underWay} />
          <WallEntrances entrances={entrances} />
        </div>
        <div className="wall-side">
          <WallAlerts alerts={alerts} timeZone={site.timeZone} today={dayStart} />
          <WallPosts posts={posts} />
          <WallRoundNow round={rounds.underWay} timeZone={site.timeZone} />
          <div className="wall-rotation" data-page={page}>
            {page === 0 && <StaffingChart posts={posts} />}
            {page === 1 && <RoundsChart today={rounds.today} />}
            {page === 2 && <UpgradesChart counts={upgrades} />}
            {page === 3 && <CrossingsChart hours={crossings} />}
          </div>
        </div>
      </div>
    </div>
  );
}
