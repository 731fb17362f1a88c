import type { Group, Person } from '../../../../shared/domain';
import { useI18n } from '../../../i18n/useI18n';
import { Dialog } from '../../../ui/Dialog';
import { GroupForm } from './GroupForm';

/** `editing`: null closed, 'new' to add, or the group to edit; `members`: its members on the roll. */
export function GroupDialog({
  siteId,
  timeZone,
  editing,
  members,
  onClose,
}: {
  siteId: string;
  timeZone: string;
  editing: Group | 'new' | null;
  members: readonly Person[];
  onClose: () => void;
}) {
  const { t } = useI18n();
  const group = editing === 'new' ? null : editing;
  const title =
    editing === null ? '' : group ? t('people.groupEditTitle', { name: group.name }) : t('people.groupAddTitle');
  return (
    <Dialog title={title} open={editing !== null} onClose={onClose}>
      <GroupForm
        key={group?.id ?? 'new'}
        siteId={siteId}
        timeZone={timeZone}
        group={group}
        members={members}
        onDone={onClose}
      />
    </Dialog>
  );
}
