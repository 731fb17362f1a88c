import { useState } from 'react';
import type { EntranceLogEntry, Site } from '../../../../shared/domain';
import { crossingLines } from '../../../../shared/rules/crossingTrips';
import { useLive } from '../../../db/live/useLive';
import { useMinute } from '../../../hooks/useMinute';
import { formatDate } from '../../../i18n/format';
import { useI18n } from '../../../i18n/useI18n';
import { dayPeriod, today } from '../activity/period';
import { CrossingForm, type CrossingDraft } from './CrossingForm';
import { CrossingLineView, OpenTripView } from './CrossingLineView';
import { crossingsOfDay, openTrips } from './queries';

/**
 * The entrance log (出入登记): the ways out still expected back first, the form for a
 * new crossing, then the day's crossings with each trip out and back as one line. A day
 * at the passage holds tens of crossings, so the day's list is drawn whole.
 */
export function CrossingsTab({ site }: { site: Site }) {
  const { t, locale } = useI18n();
  const minute = useMinute();
  const [date, setDate] = useState(() => today(minute, site.timeZone));
  const [draft, setDraft] = useState<{ version: number; fields: Partial<CrossingDraft> }>({ version: 0, fields: {} });
  const day = dayPeriod(date, site.timeZone);
  const open = useLive(openTrips, site.id, minute).data ?? [];
  const crossings = useLive(crossingsOfDay, site.id, day.from, day.to).data;
  const lines = crossings ? crossingLines(crossings.rows, crossings.partners) : [];
  const back = (out: EntranceLogEntry) =>
    setDraft((d) => ({
      version: d.version + 1,
      fields: {
        direction: 'in',
        subjectKind: out.subjectKind,
        subject: out.subject,
        reason: out.reason,
        authorisedBy: out.authorisedBy,
        entranceId: out.entranceId,
        pairWith: out.id,
      },
    }));

  return (
    <div className="crossings-tab">
      <section className="crossing-open" aria-labelledby="crossing-open-title">
        <h3 id="crossing-open-title">{t('crossing.openTrips', { count: open.length })}</h3>
        {open.length === 0 ? (
          <p className="hint">{t('crossing.noOpenTrips')}</p>
        ) : (
          <ul className="crossing-trips">
            {open.map((row) => (
              <OpenTripView key={row.id} row={row} now={minute} timeZone={site.timeZone} onBack={() => back(row)} />
            ))}
          </ul>
        )}
      </section>
      <CrossingForm key={draft.version} site={site} openTrips={open} initial={draft.fields} />
      <section className="crossing-day" aria-labelledby="crossing-day-title">
        <div className="crossing-day-head">
          <h3 id="crossing-day-title">{t('crossing.list', { date: formatDate(day.from, locale, site.timeZone) })}</h3>
          <label className="crossing-date">
            <span>{t('log.filter.day')}</span>
            <input type="date" value={date} required onChange={(e) => e.target.value && setDate(e.target.value)} />
          </label>
        </div>
        {lines.length === 0 ? (
          <p className="hint">{t('crossing.none')}</p>
        ) : (
          <ul className="crossing-list">
            {lines.map((line) => (
              <CrossingLineView
                key={line.kind === 'trip' ? line.out.id : line.row.id}
                line={line}
                timeZone={site.timeZone}
              />
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
