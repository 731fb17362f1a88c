import type { PatrolRoute, Site } from '../../../../shared/domain';
import type { RouteWithCheckpoints } from '../../../db/queries/patrolRoutes';
import { useI18n } from '../../../i18n/useI18n';
import { CheckpointList } from './CheckpointList';
import { RouteMap } from './RouteMap';

/** One route: its timetable and settings, its checkpoints, and where they are on the plan. */
export function RouteCard({
  site,
  route: r,
  onEdit,
}: {
  site: Site;
  route: RouteWithCheckpoints;
  onEdit: (route: PatrolRoute) => void;
}) {
  const { t } = useI18n();
  const { route } = r;
  const timetable =
    route.fixedTimes.length > 0
      ? t('patrolRoutes.atTimes', { times: route.fixedTimes.join(t('common.listSeparator')) })
      : t('patrolRoutes.everyMinutes', { n: route.intervalMinutes });
  return (
    <li className="route-card" aria-labelledby={`route-${route.id}-name`}>
      <header>
        <h4 id={`route-${route.id}-name`}>{route.name}</h4>
        {!route.active && <span className="route-inactive">{t('patrolRoutes.inactive')}</span>}
        <button type="button" onClick={() => onEdit(route)} aria-label={t('patrolRoutes.editOf', { name: route.name })}>
          {t('patrolRoutes.edit')}
        </button>
      </header>
      <p>
        {timetable} ·{' '}
        {t('patrolRoutes.summary', {
          expected: route.expectedMinutes,
          people: route.people,
          order: t(`patrolRoutes.order.${route.order}`),
        })}
      </p>
      <div className="route-body">
        <CheckpointList route={route} checkpoints={r.checkpoints} timeZone={site.timeZone} />
        <RouteMap site={site} route={r} />
      </div>
    </li>
  );
}
