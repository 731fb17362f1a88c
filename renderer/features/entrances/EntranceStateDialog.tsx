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

/**
 * Second click of the two: each state is a button that applies at once. A reason, if
 * wanted, is typed before choosing.
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
  const { run, error, busy, clearError } = useCommand();

  const close = () => {
    setReason('');
    clearError();
    onClose();
  };
  const choose = async (state: EntranceState) => {
    if (!entrance) return;
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
          <ErrorMessage message={error} onDismiss={clearError} />
          <DialogActions cancel={t('entrance.cancel')} onCancel={close} />
        </>
      )}
    </Dialog>
  );
}
