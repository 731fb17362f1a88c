import { ChangedSinceError, NoOperatorError, NotFoundError, RefusedError, ValidationError } from '../db/errors';
import { isQuotaExceeded } from '../db/quota';
import { formatDateTime } from '../i18n/format';
import type { I18n } from '../i18n/I18nContext';
import { isMessageKey } from '../i18n/translate';

/**
 * Turns a failed command into a sentence in the user's language. A refused field is
 * named as its form labels it (`field.<name>`); a change saved over is said with who
 * made it and when, in the site's time zone. A write refused for lack of space says so
 * and what to do, not the browser's words: the command's transaction wrote none of it.
 */
export function describeError(err: unknown, { t, locale }: Pick<I18n, 't' | 'locale'>, timeZone: string): string {
  if (isQuotaExceeded(err)) return t('storage.error.full');
  if (err instanceof NoOperatorError) return t('error.noOperator');
  if (err instanceof NotFoundError) return t('error.notFound');
  if (err instanceof ChangedSinceError) {
    return err.by !== null && err.at !== null
      ? t('error.changedSince', { operator: err.by, time: formatDateTime(err.at, locale, timeZone) })
      : t('error.changedSinceUnknown');
  }
  if (err instanceof RefusedError) return t(err.messageKey, err.params);
  if (err instanceof ValidationError) {
    const fields = err.issues.map((i) => {
      const name = String(i.path[0] ?? '');
      const key = `field.${name}`;
      return isMessageKey(key) ? t(key) : t('field.unknown');
    });
    return t('error.validation', { fields: [...new Set(fields)].join(t('common.listSeparator')) });
  }
  return t('error.saveFailed', { message: err instanceof Error ? err.message : String(err) });
}
