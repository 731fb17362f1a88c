import type { RefObject } from 'react';
import { personUnits, type Group } from '../../../../shared/domain';
import { useI18n } from '../../../i18n/useI18n';
import { isUnit } from './personForm';
import { noFilter, type PeopleFilter, type PeopleStatus } from './peopleFilter';

const statuses: readonly {
  value: PeopleStatus;
  label: 'people.status.active' | 'people.status.stoodDown' | 'people.status.all';
}[] = [
  { value: 'active', label: 'people.status.active' },
  { value: 'stood-down', label: 'people.status.stoodDown' },
  { value: 'all', label: 'people.status.all' },
];

const isStatus = (s: string): s is PeopleStatus => statuses.some((x) => x.value === s);

/** The search box (searching as one types), the filters that combine with it, and a way back to none. */
export function PeopleFilterBar({
  filter,
  groups,
  onChange,
  searchRef,
}: {
  filter: PeopleFilter;
  groups: readonly Group[];
  onChange: (f: PeopleFilter) => void;
  searchRef: RefObject<HTMLInputElement | null>;
}) {
  const { t } = useI18n();
  const set = (change: Partial<PeopleFilter>) => onChange({ ...filter, ...change });
  const filtered = Object.entries(noFilter).some(([k, v]) => filter[k as keyof PeopleFilter] !== v);
  return (
    <div className="people-filters">
      <label className="field people-search">
        <span className="visually-hidden">{t('people.search')}</span>
        <input
          ref={searchRef}
          type="search"
          value={filter.text}
          placeholder={t('people.searchHint')}
          maxLength={120}
          onChange={(e) => set({ text: e.target.value })}
        />
      </label>
      <select
        aria-label={t('people.filter.group')}
        value={filter.group ?? ''}
        onChange={(e) => set({ group: e.target.value === '' ? null : e.target.value })}
      >
        <option value="">{t('people.filter.anyGroup')}</option>
        {groups.map((g) => (
          <option key={g.id} value={g.id}>
            {g.name}
          </option>
        ))}
        <option value="none">{t('people.filter.noGroup')}</option>
      </select>
      <select
        aria-label={t('people.filter.unit')}
        value={filter.unit ?? ''}
        onChange={(e) => set({ unit: isUnit(e.target.value) ? e.target.value : null })}
      >
        <option value="">{t('people.filter.anyUnit')}</option>
        {personUnits.map((u) => (
          <option key={u} value={u}>
            {t(`people.unit.${u}`)}
          </option>
        ))}
      </select>
      <select
        aria-label={t('people.filter.side')}
        value={filter.side ?? ''}
        onChange={(e) => {
          const v = e.target.value;
          set({ side: v === 'outside' || v === 'inside' ? v : null });
        }}
      >
        <option value="">{t('people.filter.anySide')}</option>
        <option value="outside">{t('people.side.outside')}</option>
        <option value="inside">{t('people.side.inside')}</option>
      </select>
      <select
        aria-label={t('people.filter.status')}
        value={filter.status}
        onChange={(e) => isStatus(e.target.value) && set({ status: e.target.value })}
      >
        {statuses.map((s) => (
          <option key={s.value} value={s.value}>
            {t(s.label)}
          </option>
        ))}
      </select>
      <div className="people-toggles" role="group" aria-label={t('people.filters')}>
        <button type="button" aria-pressed={filter.reserve} onClick={() => set({ reserve: !filter.reserve })}>
          {t('people.filter.reserve')}
        </button>
        <button type="button" aria-pressed={filter.onDuty} onClick={() => set({ onDuty: !filter.onDuty })}>
          {t('people.filter.onDuty')}
        </button>
        {filtered && (
          <button type="button" className="button-quiet" onClick={() => onChange(noFilter)}>
            {t('people.clearFilters')}
          </button>
        )}
      </div>
    </div>
  );
}
