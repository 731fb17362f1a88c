import type { ShiftSheetData } from '../../../../shared/print/sheetData';
import { useI18n } from '../../../i18n/useI18n';
import { sheetTime } from './sheetTime';

const RULED_LINES = 6;

/** The previous shift's handover notes, then this shift's so far and ruled lines to write more. */
export function HandoverNotes({ data }: { data: ShiftSheetData }) {
  const { t } = useI18n();
  const { timeZone: tz, date } = data.header;
  const previous = data.previousShift;
  return (
    <section aria-label={t('sheets.notes.this')}>
      <h2>
        {previous
          ? t('sheets.notes.previous', { name: previous.name, date: previous.date })
          : t('sheets.notes.noPrevious')}
      </h2>
      {previous && previous.notes.length === 0 && <p>{t('sheets.notes.previousNone')}</p>}
      {previous && previous.notes.length > 0 && (
        <ul>
          {previous.notes.map((n) => (
            <li key={`${n.at}-${n.text}`}>
              <span className="nowrap">{sheetTime(n.at, tz, date)}</span> {n.text}{' '}
              <span className="muted">— {n.author}</span>
              {n.doneAt !== null && <strong> ✓ {t('sheets.notes.done')}</strong>}
            </li>
          ))}
        </ul>
      )}
      <div className="sheet-lines">
        <h2>{t('sheets.notes.this')}</h2>
        {data.notes.length > 0 && (
          <ul>
            {data.notes.map((n) => (
              <li key={`${n.at}-${n.text}`}>
                <span className="nowrap">{sheetTime(n.at, tz, date)}</span> {n.text}{' '}
                <span className="muted">— {n.author}</span>
              </li>
            ))}
          </ul>
        )}
        {Array.from({ length: RULED_LINES }, (_, i) => (
          <div key={i} />
        ))}
      </div>
    </section>
  );
}
