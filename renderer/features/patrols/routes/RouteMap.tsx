import { useMemo } from 'react';
import type { Site } from '../../../../shared/domain';
import type { RouteWithCheckpoints } from '../../../db/queries/patrolRoutes';
import { useI18n } from '../../../i18n/useI18n';
import { PatrolRouteLayer } from '../../../plan/layers/PatrolRouteLayer';
import { SitePlanMap } from '../../../plan/SitePlanMap';

const none: never[] = [];

/** A small read-only plan with one route's checkpoints numbered as in the list beside it. */
export function RouteMap({ site, route }: { site: Site; route: RouteWithCheckpoints }) {
  const { t } = useI18n();
  const routes = useMemo(() => [route], [route]);
  return (
    <figure className="route-map" aria-label={t('patrolRoutes.mapTitle', { name: route.route.name })}>
      <SitePlanMap site={site} entrances={none} staffing={none}>
        <PatrolRouteLayer routes={routes} />
      </SitePlanMap>
    </figure>
  );
}
