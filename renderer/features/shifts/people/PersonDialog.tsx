import type { Group, Person } from '../../../../shared/domain';
import { useI18n } from '../../../i18n/useI18n';
import { Dialog } from '../../../ui/Dialog';
import { PersonForm } from './PersonForm';
import type { PersonPreset } from './personForm';

/** `editing`: null closed, 'new' to add, or the person to edit. */
export function PersonDialog({
  siteId,
  timeZone,
  editing,
  groups,
  preset,
  onClose,
}: {
  siteId: string;
  timeZone: string;
  editing: Person | 'new' | null;
  groups: readonly Group[];
  preset: PersonPreset;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const person = editing === 'new' ? null : editing;
  const title = editing === null ? '' : person ? t('people.editTitle', { name: person.name }) : t('people.addTitle');
  return (
    <Dialog title={title} open={editing !== null} onClose={onClose}>
      {/* Keyed by person: opening another one starts from their own values. */}
      <PersonForm
        key={person?.id ?? 'new'}
        siteId={siteId}
        timeZone={timeZone}
        person={person}
        groups={groups}
        preset={preset}
        onDone={onClose}
      />
    </Dialog>
  );
}
