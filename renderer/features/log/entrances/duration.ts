import type { MessageKey, MessageParams } from '../../../i18n/translate';

/** A trip's length as the log says it: "45 分钟" / "2 小时 25 分". */
export function durationText(ms: number, t: (key: MessageKey, params?: MessageParams) => string): string {
  const minutes = Math.max(0, Math.floor(ms / 60_000));
  return minutes < 60
    ? t('crossing.minutes', { count: minutes })
    : t('crossing.hours', { hours: Math.floor(minutes / 60), minutes: minutes % 60 });
}
