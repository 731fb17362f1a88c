import { memo } from 'react';
import type { Site } from '../../shared/domain';
import { areaOf } from './routes';
import type { ScreenComponent } from './screens';
import { ScreenErrorBoundary } from './ScreenErrorBoundary';

/** Memoised: the shell re-renders when a navigation starts (it marks the page busy), and the current screen need not. */
export const RouteView = memo(function RouteView({
  route,
  Screen,
  site,
}: {
  route: string;
  Screen: ScreenComponent;
  site: Site | null;
}) {
  return (
    <div className="screen-host" data-screen={areaOf(route)}>
      {/* Keyed by screen: opening another one clears a failure. */}
      <ScreenErrorBoundary key={areaOf(route)}>
        <Screen site={site} />
      </ScreenErrorBoundary>
    </div>
  );
});
