import { useState } from 'react';
import type { Incident, Site } from '../../../../shared/domain';
import { useLive } from '../../../db/live/useLive';
import { formatDateTime } from '../../../i18n/format';
import { useI18n } from '../../../i18n/useI18n';
import { CloseIncidentDialog } from './CloseIncidentDialog';
import { OpenIncidentDialog } from './OpenIncidentDialog';
import { openIncidents } from './queries';

/**
 * The open incidents, pinned above the log whatever it is filtered to: each with when,
 * what, its category and who opened it, and a way to close it with what was done.
 */
export function IncidentsPanel({ site }: { site: Site }) {
  const { t, locale } = useI18n();
  const incidents = useLive(openIncidents, site.id).data ?? [];
  const [closing, setClosing] = useState<Incident | null>(null);
  const [opening, setOpening] = useState(false);
  return (
    <section className="log-incidents" aria-labelledby="log-incidents-title">
      <div className="log-incidents-head">
        <h3 id="log-incidents-title">{t('log.incidents.title', { count: incidents.length })}</h3>
        <button type="button" className="button-secondary" onClick={() => setOpening(true)}>
          {t('log.incident.open')}
        </button>
      </div>
      {incidents.length === 0 ? (
        <p className="hint">{t('log.incidents.none')}</p>
      ) : (
        <ul>
          {incidents.map((i) => (
            <li key={i.id} aria-label={i.text}>
              <span className="log-incident-text">{i.text}</span>
              <span className="hint">
                {t('log.incident.line', {
                  category: t(`category.${i.category}`),
                  at: formatDateTime(i.openedAt, locale, site.timeZone),
                  by: i.openedBy,
                })}
                {i.patrolId !== null && ` · ${t('log.incident.fromPatrol')}`}
              </span>
              <button type="button" className="button-secondary" onClick={() => setClosing(i)}>
                {t('log.incident.close')}
              </button>
            </li>
          ))}
        </ul>
      )}
      {closing && <CloseIncidentDialog site={site} incident={closing} onClose={() => setClosing(null)} />}
      {opening && <OpenIncidentDialog site={site} onClose={() => setOpening(false)} />}
    </section>
  );
}
