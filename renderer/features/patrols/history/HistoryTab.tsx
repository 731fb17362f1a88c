import { lazy, Suspense, useMemo, useState } from 'react';
import type { Site } from '../../../../shared/domain';
import { punctuality, punctualityByHour } from '../../../../shared/rules/patrolPunctuality';
import { localDate } from '../../../../shared/time/zoned';
import { useLive } from '../../../db/live/useLive';
import { useMinute } from '../../../hooks/useMinute';
import { formatDateTime, formatNumber } from '../../../i18n/format';
import { useI18n } from '../../../i18n/useI18n';
import { HourTable } from './HourTable';
import { periodOf, stepPeriod, type PeriodKind } from './period';
import { PeriodBar } from './PeriodBar';
import { PunctualityTables } from './PunctualityTables';
import { patrolHistory } from './queries';
import { RoundList } from './RoundList';
import './history.css';

const HourChart = lazy(() => import('./HourChart'));

/** The patrols' history tab: a period's rounds, its punctuality per route and shift, and by hour of day. */
export function HistoryTab({ site }: { site: Site }) {
  const { t, locale } = useI18n();
  const minute = useMinute();
  const zone = site.timeZone;
  const [kind, setKind] = useState<PeriodKind>('day');
  // null follows today: left open over midnight, the tab moves on to the new day by itself.
  const [picked, setPicked] = useState<string | null>(null);
  const date = picked ?? localDate(minute, zone);
  const period = periodOf(kind, date, zone);
  const { data } = useLive(patrolHistory, site.id, period.from, period.to, minute);
  const counts = useMemo(() => data && punctuality(data.rounds, data.shifts), [data]);
  const hours = useMemo(() => data && punctualityByHour(data.rounds, zone), [data, zone]);

  return (
    <section className="history-tab" aria-labelledby="history-title">
      <h3 id="history-title">{t('patrolHistory.title')}</h3>
      <PeriodBar
        kind={kind}
        date={date}
        period={period}
        timeZone={zone}
        onKind={setKind}
        onDate={setPicked}
        onStep={(step) => setPicked(stepPeriod(kind, date, step))}
        onToday={() => setPicked(null)}
      />
      {!data || !counts || !hours ? (
        <p className="hint">{t('patrolHistory.loading')}</p>
      ) : (
        <>
          <h4>{t('patrolHistory.punctuality')}</h4>
          <p className="hint">{t('patrolHistory.judgedHint')}</p>
          <PunctualityTables
            punctuality={counts}
            shiftLabel={(g) => `${g.name ?? ''} ${formatDateTime(g.startsAt, locale, zone)}`}
          />
          <div className="history-by-hour">
            <Suspense fallback={<div className="history-chart" />}>
              <HourChart hours={hours} />
            </Suspense>
            <HourTable hours={hours} />
          </div>
          <h4>
            {t('patrolHistory.rounds')}{' '}
            <span className="history-count" data-from={data.from}>
              {t('patrolHistory.roundCount', { count: formatNumber(data.rounds.length, locale) })}
            </span>
          </h4>
          {data.rounds.length === 0 ? (
            <p className="hint">{t('patrolHistory.noRounds')}</p>
          ) : (
            <RoundList rounds={data.rounds} names={data.names} timeZone={zone} withDate={kind !== 'day'} />
          )}
        </>
      )}
    </section>
  );
}
