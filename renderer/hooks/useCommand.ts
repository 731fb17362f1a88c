import { useCallback, useState } from 'react';
import { useI18n } from '../i18n/useI18n';
import { ChangedSinceError } from '../db/errors';
import { describeError } from './describeError';

/**
 * Runs a command from a screen: remembers the error to show (and whether it was a change
 * made since the form opened, for the form to offer a reload), and reports success so the form can close. Never
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
  // An edit saved over a change made since it was opened: the form offers to reload.
  const changedSince = failure instanceof ChangedSinceError;
  return { run, error, changedSince, busy, clearError };
}
