import { useState } from 'react';
import type { ActivityLogEntry, Site } from '../../../../shared/domain';
import { useCommand } from '../../../hooks/useCommand';
import { useI18n } from '../../../i18n/useI18n';
import { useServices } from '../../../services/useServices';
import { Dialog } from '../../../ui/Dialog';
import { DialogActions } from '../../../ui/DialogActions';
import { ErrorMessage } from '../../../ui/ErrorMessage';

/**
 * Corrects an entry: the text starts as the latest wording, and saving writes a new entry
 * naming the original (every correction names the original, so all show under it).
 */
export function CorrectDialog({
  site,
  entry,
  latest,
  onClose,
}: {
  site: Site;
  entry: ActivityLogEntry;
  latest: ActivityLogEntry;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const services = useServices();
  const { run, error, busy } = useCommand(site.timeZone);
  const [text, setText] = useState(latest.text);
  const save = async () => {
    const ok = await run(async () =>
      (await import('./commands')).logCommands.correctEntry(services, { entryId: entry.id, text }),
    );
    if (ok) onClose();
  };
  return (
    <Dialog title={t('log.entry.correctTitle')} open onClose={onClose}>
      <form
        className="log-form"
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <p className="hint">{t('log.entry.correctOf', { text: latest.text })}</p>
        <label>
          <span>{t('log.add.text')}</span>
          <textarea data-autofocus rows={3} maxLength={2000} value={text} onChange={(e) => setText(e.target.value)} />
        </label>
        <ErrorMessage message={error} />
        <DialogActions cancel={t('log.cancel')} onCancel={onClose} confirm={t('log.save')} disabled={busy} />
      </form>
    </Dialog>
  );
}
