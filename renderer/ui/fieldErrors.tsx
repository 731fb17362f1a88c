import type { MessageKey } from '../i18n/translate';

/**
 * A form's errors by field: the message shown under a field, and the attributes that mark
 * the field invalid and tie it to its message for a screen reader. `form` keeps the ids
 * apart when two forms are on the page.
 */
export function fieldErrors<K extends string>(
  form: string,
  errors: Partial<Record<K, MessageKey>>,
  t: (key: MessageKey) => string,
) {
  const id = (k: K) => `${form}-${k}-error`;
  return {
    fieldError: (k: K) => {
      const key = errors[k];
      return key ? (
        <span className="field-error" id={id(k)}>
          {t(key)}
        </span>
      ) : null;
    },
    invalid: (k: K) => (errors[k] ? { 'aria-invalid': true, 'aria-describedby': id(k) } : {}),
  };
}
