import { useState } from 'react';
import type { PatrolRoute, Site } from '../../../../shared/domain';
import { useLive } from '../../../db/live/useLive';
import { patrolRoutesOfSite } from '../../../db/queries/patrolRoutes';
import { useI18n } from '../../../i18n/useI18n';
import { Dialog } from '../../../ui/Dialog';
import { AllowancesForm } from './AllowancesForm';
import { RouteCard } from './RouteCard';
import { RouteEditor } from './RouteEditor';
import { blankRoute, routeValuesOf } from './routeForm';
import './routes.css';

type Editing = { opened: PatrolRoute | null } | null;

/** The patrols' routes tab: each route with its checkpoints, a new route, and the site's allowances. */
export function RoutesTab({ site }: { site: Site }) {
  const { t } = useI18n();
  const routes = useLive(patrolRoutesOfSite, site.id).data ?? [];
  const [editing, setEditing] = useState<Editing>(null);

  return (
    <div className="routes-tab">
      <section aria-labelledby="routes-title">
        <div className="routes-head">
          <h3 id="routes-title">{t('patrolRoutes.title')}</h3>
          <button type="button" className="button-primary" onClick={() => setEditing({ opened: null })}>
            {t('patrolRoutes.new')}
          </button>
        </div>
        <p className="hint">{t('patrolRoutes.hint')}</p>
        {routes.length === 0 ? (
          <p className="hint">{t('patrolRoutes.none')}</p>
        ) : (
          <ul className="route-list">
            {routes.map((r) => (
              <RouteCard key={r.route.id} site={site} route={r} onEdit={(opened) => setEditing({ opened })} />
            ))}
          </ul>
        )}
      </section>
      <AllowancesForm site={site} />
      <Dialog
        title={
          editing?.opened ? t('patrolRoutes.editTitle', { name: editing.opened.name }) : t('patrolRoutes.newTitle')
        }
        open={editing !== null}
        onClose={() => setEditing(null)}
      >
        {editing && (
          <RouteEditor
            key={editing.opened?.id ?? 'new'}
            siteId={site.id}
            opened={editing.opened}
            initial={editing.opened ? routeValuesOf(editing.opened) : blankRoute}
            timeZone={site.timeZone}
            onDone={() => setEditing(null)}
          />
        )}
      </Dialog>
    </div>
  );
}
