import type { UpgradeItem } from '../../../shared/domain';
import { useI18n } from '../../i18n/useI18n';
import { Dialog } from '../../ui/Dialog';
import { UpgradeItemForm } from './UpgradeItemForm';

/** `editing`: null closed, 'new' to add, or the item to edit. */
export function UpgradeItemDialog({
  siteId,
  editing,
  timeZone,
  onClose,
  presetWorkId,
}: {
  siteId: string;
  presetWorkId?: string | undefined;
  editing: UpgradeItem | 'new' | null;
  timeZone: string;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const item = editing === 'new' ? null : editing;
  const title =
    editing === null ? '' : item ? t('perimeter.editTitle', { title: item.title }) : t('perimeter.addTitle');
  return (
    <Dialog title={title} open={editing !== null} onClose={onClose}>
      {/* Keyed by item: opening another one starts from its own values. */}
      <UpgradeItemForm
        key={item?.id ?? 'new'}
        siteId={siteId}
        item={item}
        timeZone={timeZone}
        onDone={onClose}
        presetWorkId={presetWorkId}
      />
    </Dialog>
  );
}
