import type { MessageKey, MessageParams } from '../../i18n/translate';
import type { DescribeWorkDone } from './commands';

/** Works done or checked, as the activity log says it in the screen's language. */
export const describeWorkDone =
  (t: (key: MessageKey, params?: MessageParams) => string): DescribeWorkDone =>
  ({ title, state, by }) =>
    t('log.auto.workDone', {
      title,
      state: state === 'done' ? t('log.auto.state.done') : t('log.auto.state.checked', { by }),
    });
