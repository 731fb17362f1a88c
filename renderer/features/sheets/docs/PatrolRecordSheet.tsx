import type { PatrolRecordData } from '../../../../shared/print/sheetData';
import { flaggedStatuses } from '../../../../shared/rules/patrolStatus';
import { useI18n } from '../../../i18n/useI18n';
import { SheetFrame } from '../parts/SheetFrame';
import { sheetTime } from '../parts/sheetTime';

/** The patrol record of a shift: each round, who went, and each checkpoint's time and result. */
export function PatrolRecordSheet({ data }: { data: PatrolRecordData }) {
  const { t } = useI18n();
  const { timeZone: tz, date } = data.header;
  const title = t('sheets.kind.patrol-record');
  const at = (ms: number | null) => (ms === null ? '' : sheetTime(ms, tz, date));
  return (
    <SheetFrame header={data.header} title={title}>
      {data.rounds.length === 0 && <p>{t('sheets.rounds.none')}</p>}
      <table>
        <thead>
          <tr>
            <th>{t('sheets.record.col.point')}</th>
            <th style={{ width: '16mm' }}>{t('sheets.record.col.at')}</th>
            <th style={{ width: '22mm' }}>{t('sheets.record.col.result')}</th>
            <th style={{ width: '70mm' }}>{t('sheets.log.col.text')}</th>
          </tr>
        </thead>
        {data.rounds.map((r) => (
          <tbody key={`${r.routeName}-${r.dueAt}`}>
            <tr className="group-row">
              <td colSpan={4}>
                {t('sheets.record.round', { due: at(r.dueAt), route: r.routeName })}
                {' · '}
                <span className={flaggedStatuses.has(r.status) ? 'flag' : undefined}>
                  {t(`sheets.status.${r.status}`)}
                </span>
                {' · '}
                {r.startedAt === null
                  ? t('sheets.record.notStarted')
                  : t('sheets.record.times', { start: at(r.startedAt), end: at(r.endedAt) || '—' })}
                {r.names.length > 0 && ` · ${t('sheets.record.went', { names: r.names.join(t('sheets.sep')) })}`}
              </td>
            </tr>
            {r.visits.map((v, i) => (
              <tr key={`${v.checkpoint}-${i}`}>
                <td>
                  {i + 1} {v.checkpoint}
                </td>
                <td className="nowrap">{at(v.at)}</td>
                <td>{t(`sheets.record.result.${v.result ?? 'none'}`)}</td>
                <td>
                  {v.category !== null && `${t(`category.${v.category}`)} · `}
                  {v.note}
                </td>
              </tr>
            ))}
          </tbody>
        ))}
      </table>
    </SheetFrame>
  );
}
