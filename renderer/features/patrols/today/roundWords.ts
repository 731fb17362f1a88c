import type { Round } from '../../../../shared/rules/patrolRounds';
import { localTime } from '../../../../shared/time/zoned';
import type { I18n } from '../../../i18n/I18nContext';

type Translate = I18n['t'];

/** A round's state in words, so it reads without colour. */
export function stateWords(t: Translate, round: Round): string {
  const { status, lateMinutes, unreached, startedLate, overran } = round.state;
  const base =
    status === 'late' || status === 'overdue'
      ? t(`patrols.state.${status}`, { minutes: lateMinutes })
      : status === 'incomplete'
        ? t('patrols.state.incomplete', { count: unreached })
        : t(`patrols.state.${status}`);
  return (
    base + (startedLate ? t('patrols.startedLate') : '') + (overran && status !== 'overdue' ? t('patrols.overran') : '')
  );
}

/** The warning a flagged round gives: the route, its due time and how late. */
export function flagWords(t: Translate, round: Round, timeZone: string): string {
  const params = {
    route: round.route.name,
    due: localTime(round.dueAt, timeZone),
    minutes: round.state.lateMinutes,
    count: round.state.unreached,
  };
  switch (round.state.status) {
    case 'late':
    case 'missed':
    case 'overdue':
    case 'incomplete':
      return t(`patrols.flag.${round.state.status}`, params);
    default:
      return '';
  }
}

/** The round the operator acts on next: one out now, else one late or due, else the next to come. */
export function nextRound(rounds: readonly Round[]): Round | null {
  const out = rounds.find((r) => r.state.status === 'under-way' || r.state.status === 'overdue');
  if (out) return out;
  const waiting = rounds.find((r) => r.state.status === 'late' || r.state.status === 'due');
  return waiting ?? rounds.find((r) => r.state.status === 'upcoming') ?? null;
}
