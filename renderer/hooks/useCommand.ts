import { useCallback, useState } from 'react';
import { useI18n } from '../i18n/useI18n';
import { describeError } from './describeError';

/**
 * Runs a command from a screen: remembers the error to show (and the error itself, for
 * a form that offers a way out), and reports success so the form can close. Never
 * throws into React. `timeZone`: the site's, for times in the messages.
 */
export function useCommand(timeZone = 'Asia/Shanghai') {
  const i18n = useI18n();
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const run = useCallback(async (action: () => Promise<unknown>): Promise<boolean> => {
    setBusy(true);
    setFailure(null);
    try {
      await action();
      return true;
    } catch (err) {
      setFailure(err ?? new Error('unknown'));
      return false;
    } finally {
      setBusy(false);
    }
  }, []);
  const error = failure === null ? null : describeError(failure, i18n, timeZone);
  const clearError = useCallback(() => setFailure(null), []);
  return { run, error, failure, busy, clearError };
}
