import { lazy, Suspense, useDeferredValue, useMemo, useState } from 'react';
import type { Site } from '../../../../shared/domain';
import { punctuality, punctualityByHour } from '../../../../shared/rules/patrolPunctuality';
import { addDays, localDate } from '../../../../shared/time/zoned';
import { useLive } from '../../../db/live/useLive';
import { useMinute } from '../../../hooks/useMinute';
import { formatDateTime, formatNumber } from '../../../i18n/format';
import { useI18n } from '../../../i18n/useI18n';
import { HourTable } from './HourTable';
import { daysIn, periodOf, rangeOf, stepPeriod, type PeriodKind } from './period';
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
  // The last day of a from–to period; null is the day it starts on.
  const [until, setUntil] = useState<string | null>(null);
  const range = kind === 'range' ? rangeOf(date, until ?? date, zone) : null;
  const period = range ?? periodOf(kind, date, zone);
  const step = (by: number) => {
    if (!range) return setPicked(stepPeriod(kind, date, by));
    const days = by * daysIn(range.first, range.last);
    setPicked(addDays(range.first, days));
    setUntil(addDays(range.last, days));
  };
  const { data } = useLive(patrolHistory, site.id, period.from, period.to, minute);
  const counts = useMemo(() => data && punctuality(data.rounds, data.shifts), [data]);
  const hours = useMemo(() => data && punctualityByHour(data.rounds, zone), [data, zone]);
  // The chart (Recharts: most of a day's drawing time in the bench) follows the tables and
  // the list by a render: a new period shows its figures first, its chart a moment later.
  const chartHours = useDeferredValue(hours);

  return (
    <section className="history-tab" aria-labelledby="history-title">
      <h3 id="history-title">{t('patrolHistory.title')}</h3>
      <PeriodBar
        kind={kind}
        date={date}
        until={until ?? date}
        period={period}
        capped={range?.capped ?? false}
        timeZone={zone}
        onKind={setKind}
        onDate={setPicked}
        onUntil={setUntil}
        onStep={step}
        onToday={() => {
          setPicked(null);
          setUntil(null);
        }}
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
              {chartHours && <HourChart hours={chartHours} />}
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
