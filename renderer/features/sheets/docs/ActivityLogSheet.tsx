import type { ActivityLogData } from '../../../../shared/print/sheetData';
import { useI18n } from '../../../i18n/useI18n';
import { SheetFrame } from '../parts/SheetFrame';
import { sheetTime } from '../parts/sheetTime';

/** The activity log of a shift or a day, in time order, after the ICS 214 activity log. */
export function ActivityLogSheet({ data }: { data: ActivityLogData }) {
  const { t } = useI18n();
  const { timeZone: tz, date } = data.header;
  const title = t('sheets.kind.activity-log');
  const at = (ms: number) => sheetTime(ms, tz, date);
  return (
    <SheetFrame header={data.header} title={title}>
      {data.entries.length === 0 ? (
        <p>{t('sheets.log.none')}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th style={{ width: '14mm' }}>{t('sheets.log.col.at')}</th>
              <th style={{ width: '22mm' }}>{t('sheets.log.col.kind')}</th>
              <th>{t('sheets.log.col.text')}</th>
              <th style={{ width: '26mm' }}>{t('sheets.log.col.operator')}</th>
            </tr>
          </thead>
          <tbody>
            {data.entries.map((e, i) => (
              <tr key={`${e.recordedAt}-${i}`}>
                <td className="nowrap">{at(e.at)}</td>
                <td>{t(`log.kind.${e.kind}`)}</td>
                <td>
                  {e.correctsAt !== null && t('sheets.log.corrects', { time: at(e.correctsAt) })}
                  {e.text}
                  {e.enteredLate && <span className="muted">{t('sheets.log.late', { time: at(e.recordedAt) })}</span>}
                </td>
                <td>{e.operator}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </SheetFrame>
  );
}
