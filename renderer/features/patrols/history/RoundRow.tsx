import type { Round } from '../../../../shared/rules/patrolRounds';
import { formatDateTime, formatTime } from '../../../i18n/format';
import { useI18n } from '../../../i18n/useI18n';
import { RoundDetail } from './RoundDetail';

const flagged = new Set(['late', 'missed', 'overdue', 'incomplete']);

/** One round: when due, started and ended, who went, where it stands, how late; opens to its checkpoints. */
export function RoundRow({
  round,
  names,
  timeZone,
  withDate,
  open,
  onToggle,
}: {
  round: Round;
  names: Readonly<Record<string, string>>;
  timeZone: string;
  /** A period longer than a day shows the date with the due time. */
  withDate: boolean;
  open: boolean;
  onToggle: () => void;
}) {
  const { t, locale } = useI18n();
  const { patrol, state } = round;
  const time = (ms: number | null | undefined) =>
    ms == null ? t('patrolHistory.notYet') : formatTime(ms, locale, timeZone);
  const due = withDate ? formatDateTime(round.dueAt, locale, timeZone) : formatTime(round.dueAt, locale, timeZone);
  const route = patrol?.routeName ?? round.route.name;
  const who = (patrol?.personIds ?? [])
    .map((id) => names[id] ?? t('patrolHistory.someoneGone'))
    .join(t('patrolHistory.nameSeparator'));
  const notes = [
    state.lateMinutes > 0 ? t('patrolHistory.lateBy', { n: state.lateMinutes }) : '',
    state.startedLate ? t('patrolHistory.startedLate') : '',
    state.overran && state.status !== 'overdue' ? t('patrolHistory.overran') : '',
    patrol?.startedAt != null && state.unreached > 0 ? t('patrolHistory.unreached', { n: state.unreached }) : '',
  ].filter((s) => s !== '');
  const label = t(open ? 'patrolHistory.collapse' : 'patrolHistory.expand', { due, route });
  return (
    <>
      <div className={`history-round${flagged.has(state.status) ? ' history-round-flagged' : ''}`}>
        <button type="button" className="history-toggle" aria-expanded={open} aria-label={label} onClick={onToggle}>
          <span aria-hidden="true">{open ? '▾' : '▸'}</span>
        </button>
        <span className="history-due">{due}</span>
        <span className="history-route">{route}</span>
        <span>{time(patrol?.startedAt)}</span>
        <span>{time(patrol?.endedAt)}</span>
        <span className="history-who">{who || t('patrolHistory.notYet')}</span>
        <span className={`history-state history-state-${state.status}`}>
          {t(`patrolHistory.status.${state.status}`)}
        </span>
        <span>{notes.join(' · ')}</span>
      </div>
      {open && <RoundDetail round={round} timeZone={timeZone} />}
    </>
  );
}
