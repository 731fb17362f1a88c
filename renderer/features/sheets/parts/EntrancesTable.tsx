import type { SheetEntrance } from '../../../../shared/print/sheetData';
import { useI18n } from '../../../i18n/useI18n';
import { EntranceStateSymbol } from '../../../ui/EntranceStateSymbol';
import { MarkerGlyph } from './PlanMarker';
import { sheetTime } from './sheetTime';

/** Every entrance: its number on the plan, name, kind, state (symbol and word) and since when. */
export function EntrancesTable({
  entrances,
  timeZone,
  date,
}: {
  entrances: SheetEntrance[];
  timeZone: string;
  date: string;
}) {
  const { t } = useI18n();
  return (
    <section aria-label={t('sheets.entrances.title')}>
      <h2>{t('sheets.entrances.title')}</h2>
      <table>
        <thead>
          <tr>
            <th style={{ width: '10mm' }}>{t('sheets.col.number')}</th>
            <th>{t('sheets.col.entrance')}</th>
            <th style={{ width: '30mm' }}>{t('sheets.col.kind')}</th>
            <th style={{ width: '38mm' }}>{t('sheets.col.state')}</th>
            <th style={{ width: '30mm' }}>{t('sheets.col.since')}</th>
          </tr>
        </thead>
        <tbody>
          {entrances.map((e) => (
            <tr key={e.number}>
              <td>
                <MarkerGlyph shape="entrance" number={e.number} />
              </td>
              <td>{e.name}</td>
              <td>{t(`entranceKind.${e.kind}`)}</td>
              <td>
                <span className="sheet-state">
                  <EntranceStateSymbol state={e.state} />
                  {t(`entranceState.${e.state}`)}
                </span>
              </td>
              <td className="nowrap">{e.since === null ? '' : sheetTime(e.since, timeZone, date)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
