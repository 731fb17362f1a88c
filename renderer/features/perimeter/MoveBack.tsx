import type { UpgradeItem } from '../../../shared/domain';
import { useServices } from '../../services/useServices';
import { useCommand } from '../../hooks/useCommand';
import { describeWorkDone } from './describeWorkDone';
import { useI18n } from '../../i18n/useI18n';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { previousState } from './stateMove';
import { WorkStateLabel } from '../../ui/WorkStateLabel';

/**
 * Undoing a step (a check that found a fault, a click on the wrong row) is kept in the
 * edit form, away from the one-click forward buttons, and says what it clears.
 */
export function MoveBack({ item, onMoved }: { item: UpgradeItem; onMoved: () => void }) {
  const { t } = useI18n();
  const services = useServices();
  const { run, error, busy, clearError } = useCommand();
  const back = previousState(item.state);
  const move = async () => {
    if (!back) return;
    if (
      await run(async () =>
        (await import('./commands')).perimeterCommands.advanceUpgradeItem(services, {
          id: item.id,
          to: back,
          describe: describeWorkDone(t),
        }),
      )
    )
      onMoved();
  };
  return (
    <div className="upgrade-move-back">
      <span>{t('perimeter.currentState')}</span>
      <WorkStateLabel state={item.state} />
      {back && (
        <>
          <button type="button" className="button-secondary" disabled={busy} onClick={() => void move()}>
            {t('perimeter.moveBack', { state: t(`workState.${back}`) })}
          </button>
          <p className="hint">{t('perimeter.moveBackHelp')}</p>
        </>
      )}
      <ErrorMessage message={error} onDismiss={clearError} />
    </div>
  );
}
