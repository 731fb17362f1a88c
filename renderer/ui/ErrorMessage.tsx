import { useI18n } from '../i18n/useI18n';

export function ErrorMessage({ message, onDismiss }: { message: string | null; onDismiss?: () => void }) {
  const { t } = useI18n();
  if (!message) return null;
  return (
    <div className="error-message" role="alert">
      <span>{message}</span>
      {onDismiss && (
        <button type="button" className="button-quiet" onClick={onDismiss}>
          {t('error.dismiss')}
        </button>
      )}
    </div>
  );
}
