import type { Site } from '../../shared/domain';
import { AreaSummary } from '../features/home/AreaSummary';
import { HomeScreen } from '../features/home/HomeScreen';
import { memo, Suspense } from 'react';
import { AuditScreen, EntrancesScreen, MapScreen, PerimeterScreen, SettingsScreen } from './lazyScreens';
import { areaOf } from './routes';
import { ScreenErrorBoundary } from './ScreenErrorBoundary';

/** Memoised: the shell re-renders when a navigation starts (it marks the page busy), and the current screen need not. */
export const RouteView = memo(function RouteView({ route, site }: { route: string; site: Site | null }) {
  return (
    <Suspense fallback={null}>
      {/* Inside the boundary: present once the screen (loaded on first visit) has rendered. */}
      <div className="screen-host" data-screen={areaOf(route)}>
        <ScreenErrorBoundary key={areaOf(route)}>
          <Area route={route} site={site} />
        </ScreenErrorBoundary>
      </div>
    </Suspense>
  );
});

function Area({ route, site }: { route: string; site: Site | null }) {
  const area = areaOf(route);
  switch (area) {
    case '/':
      return <HomeScreen site={site} />;
    case '/map':
      return <MapScreen site={site} />;
    case '/entrances':
      return <EntrancesScreen site={site} />;
    case '/settings':
      return <SettingsScreen site={site} />;
    case '/audit':
      return <AuditScreen site={site} />;
    case '/shifts':
      return (
        <AreaSummary
          area="nav.shifts"
          site={site}
          tables={['people', 'groups', 'shiftPatterns', 'shifts', 'assignments', 'handoverNotes']}
        />
      );
    case '/patrols':
      return (
        <AreaSummary
          area="nav.patrols"
          site={site}
          tables={['patrolRoutes', 'checkpoints', 'patrols', 'checkpointVisits']}
        />
      );
    case '/perimeter':
      return <PerimeterScreen site={site} />;
    case '/log':
      return <AreaSummary area="nav.log" site={site} tables={['activityLog', 'entranceLog']} />;
    case '/requests':
      return <AreaSummary area="nav.requests" site={site} tables={['serviceRequests']} />;
    case '/sheets':
      return <AreaSummary area="nav.sheets" site={site} tables={['shifts', 'handoverNotes']} />;
    case '/wall':
      return <AreaSummary area="nav.wall" site={site} tables={['entrances', 'posts', 'patrols']} />;
  }
}
