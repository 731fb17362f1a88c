import { lazy, Suspense } from 'react';
import type { DayProgress } from '../../../shared/rules/upgradeProgress';
import { useI18n } from '../../i18n/useI18n';
import { formatDay } from './dates';
import { ProgressTable } from './ProgressTable';
import { useSummaryText } from './useSummaryText';

// Recharts is big: it loads with this screen, not with the app.
const ProgressChart = lazy(() => import('./ProgressChart'));

/** The chart, a sentence that says what its last bar says, and its figures as a table. */
export function ProgressSection({ days }: { days: DayProgress[] }) {
  const { t, locale } = useI18n();
  const summary = useSummaryText();
  const first = days[0];
  const last = days.at(-1);
  if (!first || !last) return null;
  const label = t('perimeter.chartLabel', {
    from: formatDay(first.date, locale),
    to: formatDay(last.date, locale),
    summary: summary(last),
  });
  return (
    <section className="upgrade-progress" aria-labelledby="upgrade-progress-title">
      <h3 id="upgrade-progress-title">{t('perimeter.chartTitle')}</h3>
      <figure className="upgrade-figure" aria-label={label} data-testid="progress-chart">
        <Suspense fallback={<p className="hint">{t('perimeter.chartLoading')}</p>}>
          <ProgressChart days={days} />
        </Suspense>
        <figcaption className="visually-hidden">{label}</figcaption>
      </figure>
      <ProgressTable days={days} />
    </section>
  );
}
