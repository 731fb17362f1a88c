import type { EntranceState } from '../../shared/domain';
import { useI18n } from '../i18n/useI18n';
import { EntranceStateSymbol } from './EntranceStateSymbol';

export function EntranceStateLabel({ state, size = 22 }: { state: EntranceState; size?: number }) {
  const { t } = useI18n();
  return (
    <span className={`state-label state-${state}`}>
      <EntranceStateSymbol state={state} size={size} />
      <span>{t(`entranceState.${state}`)}</span>
    </span>
  );
}
