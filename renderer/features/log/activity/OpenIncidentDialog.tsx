import { useState } from 'react';
import { observationCategories, type ObservationCategory, type Site } from '../../../../shared/domain';
import { useCommand } from '../../../hooks/useCommand';
import { useI18n } from '../../../i18n/useI18n';
import { useServices } from '../../../services/useServices';
import { Dialog } from '../../../ui/Dialog';
import { DialogActions } from '../../../ui/DialogActions';
import { ErrorMessage } from '../../../ui/ErrorMessage';
import { ChoiceSelect } from '../../../ui/ChoiceSelect';

/** Opens an incident by hand (category and what happened), entered in the log with it. */
export function OpenIncidentDialog({ site, onClose }: { site: Site; onClose: () => void }) {
  const { t } = useI18n();
  const services = useServices();
  const { run, error, busy } = useCommand(site.timeZone);
  const [category, setCategory] = useState<ObservationCategory>('other');
  const [text, setText] = useState('');
  const save = async () => {
    const ok = await run(async () =>
      (await import('./commands')).logCommands.openIncident(services, {
        siteId: site.id,
        category,
        text,
        describe: (i) => t('log.incident.describeOpen', { category: t(`category.${i.category}`), text: i.text }),
      }),
    );
    if (ok) onClose();
  };
  return (
    <Dialog title={t('log.incident.openTitle')} open onClose={onClose}>
      <form
        className="log-form"
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <h3>{t('log.incident.openTitle')}</h3>
        <label>
          <span>{t('log.incident.category')}</span>
          <ChoiceSelect
            data-autofocus
            value={category}
            choices={observationCategories}
            labelOf={(c) => t(`category.${c}`)}
            onChoose={setCategory}
          />
        </label>
        <label>
          <span>{t('log.incident.text')}</span>
          <textarea rows={3} maxLength={2000} value={text} onChange={(e) => setText(e.target.value)} />
        </label>
        <ErrorMessage message={error} />
        <DialogActions cancel={t('log.cancel')} onCancel={onClose} confirm={t('log.incident.open')} disabled={busy} />
      </form>
    </Dialog>
  );
}
