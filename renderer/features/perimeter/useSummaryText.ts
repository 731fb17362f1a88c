import type { StateCounts } from '../../../shared/rules/upgradeProgress';
import { formatNumber } from '../../i18n/format';
import { useI18n } from '../../i18n/useI18n';

/** "计划 2 · 进行中 1 · 完成 8 · 已验收 0": the one wording the summary line and the chart's label share. */
export function useSummaryText(): (c: StateCounts) => string {
  const { t, locale } = useI18n();
  return (c) =>
    t('perimeter.summary', {
      planned: formatNumber(c.planned, locale),
      underWay: formatNumber(c['under-way'], locale),
      done: formatNumber(c.done, locale),
      checked: formatNumber(c.checked, locale),
    });
}
