import type { BadRow } from '../../../../shared/rules/peopleImport';
import { useI18n } from '../../../i18n/useI18n';

/** Enough to see what is wrong with a file; the rest are counted. */
const SHOWN = 200;

/** Every row that will not be imported, by its row number in the spreadsheet, with why. */
export function BadRows({ rows }: { rows: readonly BadRow[] }) {
  const { t } = useI18n();
  if (rows.length === 0) return null;
  const sep = t('peopleIO.problemSeparator');
  return (
    <div className="people-io-scroll people-io-bad">
      <table className="table" aria-label={t('peopleIO.badRows', { count: rows.length })}>
        <caption>{t('peopleIO.badRows', { count: rows.length })}</caption>
        <thead>
          <tr>
            <th scope="col" className="num">
              {t('peopleIO.row')}
            </th>
            <th scope="col">{t('peopleIO.field.name')}</th>
            <th scope="col">{t('peopleIO.problemColumn')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.slice(0, SHOWN).map((r) => (
            <tr key={r.row} data-testid="bad-row">
              <td className="num">{r.row}</td>
              <td>{r.name}</td>
              <td>
                {r.problems
                  .map((p) =>
                    p === 'duplicate-in-file'
                      ? t('peopleIO.problem.duplicate-in-file', { row: r.firstRow ?? '' })
                      : t(`peopleIO.problem.${p}`),
                  )
                  .join(sep)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {rows.length > SHOWN && <p className="plan-note">{t('peopleIO.moreBadRows', { count: rows.length - SHOWN })}</p>}
    </div>
  );
}
