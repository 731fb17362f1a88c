import type { UpgradeItem } from '../../../shared/domain';
import { useServices } from '../../services/useServices';
import { useCommand } from '../../hooks/useCommand';
import { useI18n } from '../../i18n/useI18n';
import { Dialog } from '../../ui/Dialog';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { DialogActions } from '../../ui/DialogActions';

/** Deleting asks first; Cancel has the focus, so a stray Enter deletes nothing. */
export function DeleteUpgradeDialog({ item, onClose }: { item: UpgradeItem | null; onClose: () => void }) {
  const { t } = useI18n();
  const services = useServices();
  const { run, error, busy, clearError } = useCommand();
  const close = () => {
    clearError();
    onClose();
  };
  const remove = async () => {
    if (!item) return;
    if (
      await run(async () => (await import('./commands')).perimeterCommands.deleteUpgradeItem(services, { id: item.id }))
    )
      close();
  };
  return (
    <Dialog title={t('perimeter.deleteTitle')} open={item !== null} onClose={close}>
      {item && <p>{t('perimeter.deleteConfirm', { title: item.title })}</p>}
      <ErrorMessage message={error} onDismiss={clearError} />
      <DialogActions
        cancel={t('perimeter.cancel')}
        onCancel={close}
        focusCancel
        confirm={t('perimeter.confirm')}
        onConfirm={() => void remove()}
        disabled={busy}
        danger
      />
    </Dialog>
  );
}
