import { useState } from 'react';
import type { ActivityLogEntry, Site } from '../../../../shared/domain';
import { isEnteredLate } from '../../../../shared/rules/enteredLate';
import { formatDateTime, formatTime } from '../../../i18n/format';
import { useI18n } from '../../../i18n/useI18n';
import { CorrectDialog } from './CorrectDialog';

/**
 * One entry: its time, category, text and who recorded it, marked "entered late" when
 * written down well after it happened. An entry corrected is struck through with the
 * words saying so (readable without colour), its corrections right under it.
 */
export function EntryRow({
  site,
  entry,
  corrections,
  withDate,
}: {
  site: Site;
  entry: ActivityLogEntry;
  corrections: readonly ActivityLogEntry[];
  withDate: boolean;
}) {
  const { t } = useI18n();
  const [correcting, setCorrecting] = useState(false);
  const latest = corrections[corrections.length - 1] ?? entry;
  return (
    <article className="log-row" aria-label={entry.text}>
      <EntryLine site={site} entry={entry} withDate={withDate} corrected={corrections.length > 0} />
      {corrections.map((c, i) => (
        <EntryLine
          key={c.id}
          site={site}
          entry={c}
          withDate={withDate}
          corrected={i < corrections.length - 1}
          isCorrection
        />
      ))}
      <button type="button" className="button-quiet log-correct" onClick={() => setCorrecting(true)}>
        {t('log.entry.correct')}
      </button>
      {correcting && <CorrectDialog site={site} entry={entry} latest={latest} onClose={() => setCorrecting(false)} />}
    </article>
  );
}

function EntryLine({
  site,
  entry,
  withDate,
  corrected,
  isCorrection = false,
}: {
  site: Site;
  entry: ActivityLogEntry;
  withDate: boolean;
  corrected: boolean;
  isCorrection?: boolean;
}) {
  const { t, locale } = useI18n();
  const at = (withDate ? formatDateTime : formatTime)(entry.at, locale, site.timeZone);
  return (
    <div className={`log-line${corrected ? ' log-corrected' : ''}${isCorrection ? ' log-correction' : ''}`}>
      <time dateTime={new Date(entry.at).toISOString()} className="log-time">
        {at}
      </time>
      <span className="log-kind">{t(`log.kind.${entry.kind}`)}</span>
      <span className="log-text">
        {isCorrection && <strong className="log-flag">{t('log.entry.correction')}</strong>}
        {corrected ? <del>{entry.text}</del> : entry.text}
        {corrected && <strong className="log-flag">{t('log.entry.corrected')}</strong>}
      </span>
      <span className="log-meta hint">
        {t('log.entry.by', { operator: entry.operator })}
        {isEnteredLate(entry) && (
          <strong className="log-flag">
            {t('log.entry.late', { at: formatDateTime(entry.recordedAt, locale, site.timeZone) })}
          </strong>
        )}
      </span>
    </div>
  );
}
