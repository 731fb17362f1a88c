import type { ReactNode } from 'react';
import { useI18n } from '../i18n/useI18n';

/** A refusal or failure, said in the user's language; `children` offer a way out (reload the changed row). */
export function ErrorMessage({
  message,
  onDismiss,
  children,
}: {
  message: string | null;
  onDismiss?: () => void;
  children?: ReactNode;
}) {
  const { t } = useI18n();
  if (!message) return null;
  return (
    <div className="error-message" role="alert">
      <span>{message}</span>
      {children}
      {onDismiss && (
        <button type="button" className="button-quiet" onClick={onDismiss}>
          {t('error.dismiss')}
        </button>
      )}
    </div>
  );
}
