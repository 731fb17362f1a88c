import { useI18n } from '../i18n/useI18n';

/**
 * A refusal or failure, said in the user's language. `onReload`: the row was changed since
 * the form opened (useCommand's `changedSince`), and this takes the form to it as it is now.
 */
export function ErrorMessage({
  message,
  onDismiss,
  onReload,
}: {
  message: string | null;
  onDismiss?: () => void;
  onReload?: (() => void) | undefined;
}) {
  const { t } = useI18n();
  if (!message) return null;
  return (
    <div className="error-message" role="alert">
      <span>{message}</span>
      {onReload && (
        <button type="button" className="button-secondary" onClick={onReload}>
          {t('error.reloadEdit')}
        </button>
      )}
      {onDismiss && (
        <button type="button" className="button-quiet" onClick={onDismiss}>
          {t('error.dismiss')}
        </button>
      )}
    </div>
  );
}
