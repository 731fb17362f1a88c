import type { Site } from '../../../shared/domain';
import { sheetNumberText } from '../../../shared/print/sheetNumber';
import { useLive } from '../../db/live/useLive';
import { useI18n } from '../../i18n/useI18n';
import { sheetStamp } from './parts/sheetTime';
import { printedSheetsOfSite } from './queries';

/** The sheets numbered on this site, newest first: what was printed, when and by whom. */
export function IssuedSheets({ site }: { site: Site }) {
  const { t } = useI18n();
  const sheets = useLive(printedSheetsOfSite, site.id).data ?? [];
  return (
    <section aria-label={t('sheets.issued.title')}>
      <h3>{t('sheets.issued.title')}</h3>
      {sheets.length === 0 ? (
        <p className="muted">{t('sheets.issued.none')}</p>
      ) : (
        <table className="table sheets-list">
          <thead>
            <tr>
              <th scope="col">{t('sheets.issued.col.number')}</th>
              <th scope="col">{t('sheets.issued.col.kind')}</th>
              <th scope="col">{t('sheets.issued.col.for')}</th>
              <th scope="col">{t('sheets.issued.col.printedAt')}</th>
              <th scope="col">{t('sheets.issued.col.operator')}</th>
            </tr>
          </thead>
          <tbody>
            {sheets.map((s) => (
              <tr key={s.id}>
                <td className="num">{sheetNumberText(s.number)}</td>
                <td>{t(`sheets.kind.${s.kind}`)}</td>
                <td>{s.date}</td>
                <td>{sheetStamp(s.printedAt, site.timeZone)}</td>
                <td>{s.operator}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
