import { useI18n } from '../../i18n/useI18n';

/** The time input of a log form, empty for now, marked and explained when it does not read as a time. */
export function TypedTimeField({
  label,
  time,
  hintId,
}: {
  label: string;
  time: { text: string; setText: (text: string) => void; bad: boolean };
  /** The id of the hint beside the form that says what may be typed, if there is one. */
  hintId?: string;
}) {
  return (
    <label>
      <span>{label}</span>
      <input
        value={time.text}
        maxLength={16}
        placeholder="HH:mm"
        aria-describedby={hintId}
        aria-invalid={time.bad || undefined}
        onChange={(e) => time.setText(e.target.value)}
      />
    </label>
  );
}

/** What the form says when its typed time does not read as one. */
export function BadTimeAlert({ bad }: { bad: boolean }) {
  const { t } = useI18n();
  if (!bad) return null;
  return (
    <p role="alert" className="error-message">
      {t('log.add.badTime')}
    </p>
  );
}
