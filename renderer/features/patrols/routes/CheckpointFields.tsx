import { useI18n } from '../../../i18n/useI18n';

export interface CheckpointDraft {
  name: string;
  checks: string;
}

/**
 * A checkpoint's name and what to check there, the two fields the add form and the editor
 * share; a name left empty is marked with its message under the field.
 */
export function CheckpointFields({
  draft,
  onChange,
  nameMissing,
  errorId,
  autoFocus = false,
}: {
  draft: CheckpointDraft;
  onChange: (draft: CheckpointDraft) => void;
  nameMissing: boolean;
  errorId: string;
  autoFocus?: boolean;
}) {
  const { t } = useI18n();
  return (
    <>
      <label>
        <span>{t('patrolRoutes.checkpointName')}</span>
        <input
          {...(autoFocus ? { 'data-autofocus': true } : {})}
          maxLength={120}
          value={draft.name}
          aria-invalid={nameMissing ? true : undefined}
          aria-describedby={nameMissing ? errorId : undefined}
          onChange={(e) => onChange({ ...draft, name: e.target.value })}
        />
        {nameMissing && (
          <span className="field-error" id={errorId}>
            {t('patrolRoutes.error.name')}
          </span>
        )}
      </label>
      <label>
        <span>{t('patrolRoutes.checks')}</span>
        <input maxLength={300} value={draft.checks} onChange={(e) => onChange({ ...draft, checks: e.target.value })} />
      </label>
    </>
  );
}
