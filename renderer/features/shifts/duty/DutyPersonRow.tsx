import { useI18n } from '../../../i18n/useI18n';
import { DutyStateLabel } from './DutyStateLabel';
import type { DutyPerson } from './roster';
import type { DutyAction } from './useDutyActions';

/**
 * One person at a post: name, state, and what can be done now. The row is named after
 * the person, so its buttons read "签到" within "张三" to a screen reader and a spec.
 */
export function DutyPersonRow({
  row,
  timeZone,
  busy,
  onAction,
  onSwap,
}: {
  row: DutyPerson;
  timeZone: string;
  busy: boolean;
  onAction: (action: DutyAction, assignmentId: string) => void;
  onSwap: (row: DutyPerson) => void;
}) {
  const { t } = useI18n();
  const { state, assignment, person } = row;
  const id = assignment.id;
  const button = (action: DutyAction, label: string, quiet = false) => (
    <button
      type="button"
      className={quiet ? 'button-quiet' : 'button-secondary'}
      disabled={busy}
      onClick={() => onAction(action, id)}
    >
      {label}
    </button>
  );
  const present = state.kind === 'in' || state.kind === 'late';
  return (
    <li className="duty-person" aria-label={person.name} data-testid="duty-person">
      <span className="duty-who">
        <span className="person-name">{person.name}</span>
        {row.replaces !== null && <small className="hint">{t('duty.state.replaces', { name: row.replaces })}</small>}
      </span>
      <DutyStateLabel state={state} timeZone={timeZone} />
      <span className="duty-actions">
        {state.kind === 'not-yet' && button('checkIn', t('duty.checkIn'))}
        {present && button('checkOut', t('duty.checkOut'))}
        {(state.kind === 'not-yet' || present) && (
          <button type="button" className="button-secondary" disabled={busy} onClick={() => onSwap(row)}>
            {t('duty.swap')}
          </button>
        )}
        {present && button('clearCheckIn', t('duty.clearCheckIn'), true)}
        {state.kind === 'out' && button('clearCheckOut', t('duty.clearCheckOut'), true)}
      </span>
    </li>
  );
}
