import { useState } from 'react';
import type { Entrance } from '../../../shared/domain';
import { entranceStates, type EntranceState } from '../../../shared/domain/entranceValues';
import { useServices } from '../../services/useServices';
import { useCommand } from '../../hooks/useCommand';
import { useI18n } from '../../i18n/useI18n';
import { formatTime } from '../../i18n/format';
import { Dialog } from '../../ui/Dialog';
import type { DescribeStateChange } from './commands';
import { EntranceStateSymbol } from '../../ui/EntranceStateSymbol';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { DialogActions } from '../../ui/DialogActions';
import { useChangedElsewhere } from './useChangedElsewhere';

/**
 * Second click of the two: each state is a button that applies at once. A reason, if
 * wanted, is typed before choosing.
 *
 * `entrance` is the row as it is now (the shell looks it up live). The dialog keeps the
 * row the operator last saw, so that a change made meanwhile in another window is said at
 * once, and a choice is made on that row: the command refuses it (ChangedSinceError) if
 * the entrance has changed since, rather than write over the other window's change.
 * Reloading takes the row as it is now as the one seen.
 */
export function EntranceStateDialog({
  entrance,
  timeZone,
  onClose,
}: {
  entrance: Entrance | null;
  timeZone: string;
  onClose: () => void;
}) {
  const { t, locale } = useI18n();
  const services = useServices();
  const [reason, setReason] = useState('');
  const { run, error, changedSince, busy, clearError } = useCommand(timeZone);
  const [seen, setSeen] = useState(entrance);
  // Another entrance opened (or the dialog closed): what is seen starts again from the row shown.
  if ((entrance?.id ?? null) !== (seen?.id ?? null)) setSeen(entrance);
  const notice = useChangedElsewhere(seen, entrance, timeZone);

  const close = () => {
    setReason('');
    clearError();
    onClose();
  };
  const reload = () => {
    setSeen(entrance);
    clearError();
  };
  const choose = async (state: EntranceState) => {
    if (!entrance || !seen) return;
    // Already in that state, whoever set it: nothing to write, nobody's change undone.
    if (state === entrance.state) return close();
    // The command (and the schemas it validates with) loads on first use, not at start.
    const describe: DescribeStateChange = ({ before, after, reason: why, operator, at }) =>
      t(why ? 'activity.entranceStateWithReason' : 'activity.entranceState', {
        time: formatTime(at, locale, timeZone),
        name: after.name,
        from: t(`entranceState.${before.state}`),
        to: t(`entranceState.${after.state}`),
        reason: why,
        operator,
      });
    const saved = await run(async () =>
      (await import('./commands')).entranceCommands.setEntranceState(services, {
        entranceId: entrance.id,
        state,
        reason,
        describe,
        expected: seen,
      }),
    );
    if (saved) close();
  };

  return (
    <Dialog
      title={entrance ? t('entrance.changeStateOf', { name: entrance.name }) : ''}
      open={entrance !== null}
      onClose={close}
    >
      {entrance && (
        <>
          <div className="state-choices" role="group" aria-label={t('entrance.newState')}>
            {entranceStates.map((s) => (
              <button
                key={s}
                type="button"
                className={`state-choice state-${s}`}
                aria-pressed={s === entrance.state}
                disabled={busy}
                onClick={() => void choose(s)}
              >
                <EntranceStateSymbol state={s} size={28} />
                <span>{t(`entranceState.${s}`)}</span>
                {s === entrance.state && <small>{t('entrance.current')}</small>}
              </button>
            ))}
          </div>
          <label className="field">
            <span>{t('entrance.reason')}</span>
            <input value={reason} maxLength={500} onChange={(e) => setReason(e.target.value)} />
          </label>
          {/* The refusal, when there is one, offers the reload; one button for it is enough. */}
          <ErrorMessage message={notice} onReload={error ? undefined : reload} />
          <ErrorMessage message={error} onDismiss={clearError} onReload={changedSince ? reload : undefined} />
          <DialogActions cancel={t('entrance.cancel')} onCancel={close} />
        </>
      )}
    </Dialog>
  );
}
