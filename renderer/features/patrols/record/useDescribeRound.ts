import { useCallback } from 'react';
import { localTime } from '../../../../shared/time/zoned';
import { useI18n } from '../../../i18n/useI18n';
import type { DescribeRoundEvent } from './commands';

/** How a round's log lines read, in the language of the screen they are recorded on. */
export function useDescribeRound(timeZone: string): DescribeRoundEvent {
  const { t } = useI18n();
  return useCallback<DescribeRoundEvent>(
    (e) => {
      switch (e.kind) {
        case 'startedLate':
          return t('patrols.log.startedLate', {
            route: e.route,
            due: localTime(e.dueAt, timeZone),
            minutes: e.minutes,
          });
        case 'endedShort':
          return t('patrols.log.endedShort', { route: e.route, due: localTime(e.dueAt, timeZone), count: e.unreached });
        case 'overran':
          return t('patrols.log.overran', { route: e.route, due: localTime(e.dueAt, timeZone), minutes: e.minutes });
        case 'incident':
          return t('patrols.log.incident', {
            category: t(`category.${e.category}`),
            route: e.route,
            checkpoint: e.checkpoint,
            text: e.text,
          });
      }
    },
    [t, timeZone],
  );
}
