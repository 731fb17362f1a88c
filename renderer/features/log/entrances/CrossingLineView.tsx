import type { EntranceLogEntry } from '../../../../shared/domain';
import type { CrossingLine } from '../../../../shared/rules/crossingTrips';
import { formatDateTime, formatTime } from '../../../i18n/format';
import { useI18n } from '../../../i18n/useI18n';
import { durationText } from './duration';

/** One line of the day: a crossing (time, in/out, kind, who or what, reason, who authorised it) or a whole trip. */
export function CrossingLineView({ line, timeZone }: { line: CrossingLine; timeZone: string }) {
  const { t, locale } = useI18n();
  if (line.kind === 'crossing') {
    const { row } = line;
    return (
      <li aria-label={row.subject}>
        <time dateTime={new Date(row.at).toISOString()}>{formatTime(row.at, locale, timeZone)}</time>
        <span>
          {t(`crossing.direction.${row.direction}`)} · {t(`crossing.kind.${row.subjectKind}`)}
        </span>
        <Subject row={row} />
        <span className="hint">{row.authorisedBy && t('crossing.by', { by: row.authorisedBy })}</span>
      </li>
    );
  }
  const { out, back } = line;
  return (
    <li aria-label={out.subject} className="crossing-trip">
      <time dateTime={new Date(out.at).toISOString()}>{formatTime(out.at, locale, timeZone)}</time>
      <span>{t(`crossing.kind.${out.subjectKind}`)}</span>
      <span>
        <strong>
          {t('crossing.trip', {
            out: formatDateTime(out.at, locale, timeZone),
            back: formatDateTime(back.at, locale, timeZone),
            duration: durationText(back.at - out.at, t),
          })}
        </strong>
        <br />
        {out.subject} {out.reason && `— ${out.reason}`}
      </span>
      <span className="hint">{out.authorisedBy && t('crossing.by', { by: out.authorisedBy })}</span>
    </li>
  );
}

function Subject({ row }: { row: EntranceLogEntry }) {
  return (
    <span>
      {row.subject} {row.reason && `— ${row.reason}`}
    </span>
  );
}

/** A way out still expected back: how long it has been out, and a button to record the way back. */
export function OpenTripView({
  row,
  now,
  timeZone,
  onBack,
}: {
  row: EntranceLogEntry;
  now: number;
  timeZone: string;
  onBack: () => void;
}) {
  const { t, locale } = useI18n();
  return (
    <li aria-label={row.subject}>
      <span>{t(`crossing.kind.${row.subjectKind}`)}</span>
      <strong>
        {t('crossing.tripOpen', {
          out: formatDateTime(row.at, locale, timeZone),
          duration: durationText(now - row.at, t),
        })}
      </strong>
      <Subject row={row} />
      <button type="button" className="button-secondary" onClick={onBack}>
        {t('crossing.back')}
      </button>
    </li>
  );
}
