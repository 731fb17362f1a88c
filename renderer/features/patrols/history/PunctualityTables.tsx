import type { Punctuality, PunctualityCounts, PunctualityGroup } from '../../../../shared/rules/patrolPunctuality';
import { percent } from '../../../../shared/rules/patrolPunctuality';
import { formatNumber } from '../../../i18n/format';
import { useI18n } from '../../../i18n/useI18n';

const columns = ['onTime', 'completed', 'allReached', 'overran', 'missed'] as const;

function Counts({ c }: { c: PunctualityCounts }) {
  const { t, locale } = useI18n();
  return (
    <>
      <td>{formatNumber(c.rounds, locale)}</td>
      {columns.map((k) => {
        const share = percent(c[k], c.rounds);
        return (
          <td key={k}>
            {share === null
              ? formatNumber(c[k], locale)
              : t('patrolHistory.countPercent', { count: formatNumber(c[k], locale), percent: share })}
          </td>
        );
      })}
    </>
  );
}

function GroupTable({
  caption,
  head,
  groups,
  total,
  nameOf,
}: {
  caption: string;
  head: string;
  groups: readonly PunctualityGroup[];
  total: PunctualityCounts;
  nameOf: (g: PunctualityGroup) => string;
}) {
  const { t } = useI18n();
  return (
    <table className="history-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{head}</th>
          <th scope="col">{t('patrolHistory.col.rounds')}</th>
          {columns.map((k) => (
            <th key={k} scope="col">
              {t(`patrolHistory.col.${k}`)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {groups.map((g) => (
          <tr key={g.id ?? 'outside'}>
            <th scope="row">{nameOf(g)}</th>
            <Counts c={g} />
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">{t('patrolHistory.total')}</th>
          <Counts c={total} />
        </tr>
      </tfoot>
    </table>
  );
}

/** Punctuality of the period per route and per shift, counts with their shares. */
export function PunctualityTables({
  punctuality,
  shiftLabel,
}: {
  punctuality: Punctuality;
  /** How a shift is named in the table: its name and when it started. */
  shiftLabel: (g: PunctualityGroup) => string;
}) {
  const { t } = useI18n();
  return (
    <div className="history-punctuality">
      <GroupTable
        caption={t('patrolHistory.byRoute')}
        head={t('patrolHistory.col.route')}
        groups={punctuality.byRoute}
        total={punctuality.total}
        nameOf={(g) => g.name ?? ''}
      />
      <GroupTable
        caption={t('patrolHistory.byShift')}
        head={t('patrolHistory.col.shift')}
        groups={punctuality.byShift}
        total={punctuality.total}
        nameOf={(g) => (g.id === null ? t('patrolHistory.outsideShifts') : shiftLabel(g))}
      />
    </div>
  );
}
