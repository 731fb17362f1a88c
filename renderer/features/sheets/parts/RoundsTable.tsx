import type { SheetRound } from '../../../../shared/print/sheetData';
import { flaggedStatuses } from '../../../../shared/rules/patrolStatus';
import { useI18n } from '../../../i18n/useI18n';
import { sheetTime } from './sheetTime';

/**
 * The shift's patrol timetable as a form the patrol fills in: each round's planned time,
 * route and people, a box per checkpoint (numbered, with the route's key above) and lines
 * for the times out and back. Rounds late or missed by the time of printing are marked.
 */
export function RoundsTable({ rounds, timeZone, date }: { rounds: SheetRound[]; timeZone: string; date: string }) {
  const { t } = useI18n();
  if (rounds.length === 0) return <p>{t('sheets.rounds.none')}</p>;
  const keys = new Map<string, string[]>();
  for (const r of rounds) if (!keys.has(r.routeName)) keys.set(r.routeName, r.checkpoints);
  const time = (ms: number | null) => (ms === null ? <span className="write-in" /> : sheetTime(ms, timeZone, date));
  return (
    <>
      {[...keys].map(([route, points]) => (
        <p key={route}>
          <strong>{route}</strong>{' '}
          {t('sheets.rounds.checkpoints', { list: points.map((name, i) => `${i + 1} ${name}`).join('  ') })}
        </p>
      ))}
      <table>
        <thead>
          <tr>
            <th style={{ width: '11mm' }}>{t('sheets.col.due')}</th>
            <th style={{ width: '35mm' }}>{t('sheets.col.route')}</th>
            <th style={{ width: '24mm' }}>{t('sheets.col.people')}</th>
            <th>{t('sheets.col.points')}</th>
            <th style={{ width: '27mm' }}>{t('sheets.col.times')}</th>
            <th style={{ width: '19mm' }}>{t('sheets.col.status')}</th>
          </tr>
        </thead>
        <tbody>
          {rounds.map((r) => (
            <tr key={`${r.routeName}-${r.dueAt}`}>
              <td className="nowrap">{sheetTime(r.dueAt, timeZone, date)}</td>
              <td>{r.routeName}</td>
              <td>
                {r.names.length > 0
                  ? r.names.join(t('sheets.sep'))
                  : t('sheets.rounds.wanted', { count: r.peopleWanted })}
              </td>
              <td>
                <span className="sheet-points">
                  {r.checkpoints.map((_, i) => (
                    <span key={i} className="nowrap">
                      <span className="box" /> {i + 1}
                    </span>
                  ))}
                </span>
              </td>
              <td className="nowrap">
                {time(r.startedAt)} / {time(r.endedAt)}
              </td>
              <td className={flaggedStatuses.has(r.status) ? 'flag' : undefined}>
                {/* A round still to come is left blank, for the patrol to fill in. */}
                {r.status === 'upcoming' ? '' : t(`sheets.status.${r.status}`)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
