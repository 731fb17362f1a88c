import type { I18n } from '../../i18n/I18nContext';

const MINUTE = 60_000;

/** "3 小时 48 分" / "3 h 48 min": how long until a moment, in whole minutes. */
export function untilText(t: I18n['t'], ms: number): string {
  const minutes = Math.max(0, Math.floor(ms / MINUTE));
  const hours = Math.floor(minutes / 60);
  return hours > 0 ? t('wall.hoursMinutes', { hours, minutes: minutes % 60 }) : t('wall.minutes', { minutes });
}
