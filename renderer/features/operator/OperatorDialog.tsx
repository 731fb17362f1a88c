import { useState, type SyntheticEvent } from 'react';
import { cleanName } from '../../../shared/domain/text';
import type { Operator } from '../../../shared/domain';
import { useLive } from '../../db/live/useLive';
import { useCommand } from '../../hooks/useCommand';
import { useI18n } from '../../i18n/useI18n';
import { useServices } from '../../services/useServices';
import { Dialog } from '../../ui/Dialog';
import { DialogActions } from '../../ui/DialogActions';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { LanguageSwitch } from '../../ui/LanguageSwitch';
import { peopleMatching } from './queries';

type Props = {
  open: boolean;
  siteId: string | undefined;
  last: Operator | null;
  onDone: () => void;
  canCancel: boolean;
};

/**
 * "Who is on duty?": asked at every start (the last operator is offered for one click)
 * and whenever someone takes over. Pick yourself from the people list or type a name.
 */
export function OperatorDialog({ open, onDone, canCancel, ...form }: Props) {
  const { t } = useI18n();
  return (
    <Dialog title={t('operator.title')} open={open} onClose={() => (canCancel ? onDone() : undefined)}>
      {/* Made afresh each time the question is asked: nothing typed or refused last time is left in it. */}
      <SignOnForm {...form} canCancel={canCancel} onDone={onDone} />
    </Dialog>
  );
}

function SignOnForm({ siteId, last, onDone, canCancel }: Omit<Props, 'open'>) {
  const { t } = useI18n();
  const services = useServices();
  const [text, setText] = useState('');
  const [required, setRequired] = useState(false);
  const matching = useLive(peopleMatching, siteId ?? null, text).data;
  const { run, error, clearError } = useCommand();

  const sign = async (name: string, personId: string | null) => {
    // What shows of the name: a name made of invisible characters is no name.
    if (cleanName(name) === '') {
      setRequired(true);
      return;
    }
    // The command layer loads on first use (fetched once the first screen was drawn), not at start.
    if (await run(async () => (await import('../../db/session')).sessionCommands.signOn(services, { name, personId })))
      onDone();
  };

  const onSubmit = (e: SyntheticEvent) => {
    e.preventDefault();
    const exact = matching?.people.find((p) => p.name === cleanName(text));
    void sign(text, exact?.id ?? null);
  };

  return (
    <>
      <div className="dialog-corner">
        <LanguageSwitch />
      </div>
      <p>{t('operator.intro')}</p>
      {last && !canCancel && (
        <button
          type="button"
          className="button-primary button-continue"
          data-autofocus
          onClick={() => void sign(last.name, last.personId)}
        >
          {t('operator.continueAs', { name: last.name })}
        </button>
      )}
      <form onSubmit={onSubmit} className="operator-form">
        <label className="field">
          <span>{t('operator.search')}</span>
          <input
            {...(!last || canCancel ? { 'data-autofocus': true } : {})}
            value={text}
            placeholder={t('operator.searchPlaceholder')}
            onChange={(e) => {
              setText(e.target.value);
              setRequired(false);
              clearError();
            }}
          />
        </label>
        <ul className="operator-matches" aria-label={t('operator.search')}>
          {matching?.people.map((p) => (
            <li key={p.id}>
              <button type="button" className="button-pick" onClick={() => void sign(p.name, p.id)}>
                <span>{p.name}</span>
                <small>{p.role}</small>
              </button>
            </li>
          ))}
        </ul>
        {matching && matching.more > 0 && <p className="hint">{t('operator.more', { count: matching.more })}</p>}
        {matching && matching.people.length === 0 && text.trim() !== '' && (
          <p className="hint">{t('operator.noMatch')}</p>
        )}
        {required && (
          <p className="field-error" role="alert">
            {t('operator.required')}
          </p>
        )}
        <ErrorMessage message={error} onDismiss={clearError} />
        <DialogActions
          cancel={t('operator.cancel')}
          onCancel={canCancel ? onDone : undefined}
          confirm={t('operator.confirm')}
        />
      </form>
    </>
  );
}
