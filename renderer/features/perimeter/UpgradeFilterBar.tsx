import type { WorkState } from '../../../shared/domain';
import { workStates } from '../../../shared/domain/perimeterValues';
import type { StateCounts } from '../../../shared/rules/upgradeProgress';
import { useI18n } from '../../i18n/useI18n';
import type { UpgradeFilter } from './upgradeFilter';
import { WorkStateSymbol } from '../../ui/WorkStateLabel';

/** State as a row of toggle buttons (each with its count, one click), and a search box. */
export function UpgradeFilterBar({
  filter,
  counts,
  total,
  onChange,
}: {
  filter: UpgradeFilter;
  counts: StateCounts;
  total: number;
  onChange: (f: UpgradeFilter) => void;
}) {
  const { t } = useI18n();
  const choose = (state: WorkState | null) => onChange({ ...filter, state });
  return (
    <div className="upgrade-filters">
      <div role="group" aria-label={t('perimeter.filterState')} className="upgrade-state-filter">
        <button type="button" aria-pressed={filter.state === null} onClick={() => choose(null)}>
          {t('perimeter.filterAll', { count: total })}
        </button>
        {workStates.map((s) => (
          <button key={s} type="button" aria-pressed={filter.state === s} onClick={() => choose(s)}>
            <WorkStateSymbol state={s} size={16} />
            {t('perimeter.filterStateCount', { state: t(`workState.${s}`), count: counts[s] })}
          </button>
        ))}
      </div>
      <label className="field inline upgrade-search">
        <span>{t('perimeter.filterText')}</span>
        <input
          type="search"
          value={filter.text}
          placeholder={t('perimeter.filterTextHint')}
          maxLength={120}
          onChange={(e) => onChange({ ...filter, text: e.target.value })}
        />
      </label>
    </div>
  );
}
