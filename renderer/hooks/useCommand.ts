import { useCallback, useState } from 'react';
import { NoOperatorError, NotFoundError, RefusedError, ValidationError } from '../db/errors';
import { useI18n } from '../i18n/useI18n';
import type { I18n } from '../i18n/I18nContext';
import { isMessageKey } from '../i18n/translate';

/** Turns a failed command into a sentence in the user's language. */
export function describeError(err: unknown, t: I18n['t']): string {
  if (err instanceof NoOperatorError) return t('error.noOperator');
  if (err instanceof NotFoundError) return t('error.notFound');
  if (err instanceof RefusedError) return t(err.messageKey, err.params);
  if (err instanceof ValidationError) {
    const fields = err.issues.map((i) => {
      const name = String(i.path[0] ?? '');
      const key = `field.${name}`;
      return isMessageKey(key) ? t(key) : name || i.message;
    });
    return t('error.validation', { fields: [...new Set(fields)].join(t('common.listSeparator')) });
  }
  return t('error.saveFailed', { message: err instanceof Error ? err.message : String(err) });
}

/**
 * Runs a command from a screen: remembers the error to show, and reports success so
 * the form can close. Never throws into React.
 */
export function useCommand() {
  const { t } = useI18n();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const run = useCallback(
    async (action: () => Promise<unknown>): Promise<boolean> => {
      setBusy(true);
      setError(null);
      try {
        await action();
        return true;
      } catch (err) {
        setError(describeError(err, t));
        return false;
      } finally {
        setBusy(false);
      }
    },
    [t],
  );
  return { run, error, busy, clearError: () => setError(null) };
}
