import type { KeyboardEvent } from 'react';
import type { Group, Person } from '../../../../shared/domain';
import { useI18n } from '../../../i18n/useI18n';

/**
 * One person's row: name (with their notes as a tooltip), phone, unit, group, role, what
 * they are now (on duty, reserve, stood down) and the two actions. Only the current row's
 * buttons are in the Tab order, so Tab leaves the list after one row, not two hundred.
 */
export function PersonRow({
  index,
  top,
  height,
  person: p,
  group,
  onDuty,
  current,
  onFocus,
  onKeyDown,
  onEdit,
  onStandDown,
  onReinstate,
}: {
  index: number;
  top: number;
  height: number;
  person: Person;
  group: Group | undefined;
  onDuty: boolean;
  current: boolean;
  onFocus: () => void;
  onKeyDown: (e: KeyboardEvent<HTMLDivElement>) => void;
  onEdit: (p: Person) => void;
  onStandDown: (p: Person) => void;
  onReinstate: (p: Person) => void;
}) {
  const { t } = useI18n();
  const tab = current ? 0 : -1;
  return (
    <div
      role="row"
      aria-rowindex={index + 2}
      data-index={index}
      data-testid="person-row"
      data-active={p.active}
      className="people-row"
      tabIndex={tab}
      style={{ transform: `translateY(${top}px)`, height }}
      onFocus={onFocus}
      onKeyDown={onKeyDown}
    >
      <span role="cell" className="people-name" title={p.notes || undefined}>
        {p.name}
      </span>
      <span role="cell" className="num">
        {p.phone}
      </span>
      <span role="cell">{t(`people.unit.${p.unit}`)}</span>
      <span role="cell" title={group?.name}>
        {group?.name ?? <span className="muted">{t('people.noGroup')}</span>}
      </span>
      <span role="cell" title={p.role || undefined}>
        {p.role}
      </span>
      <span role="cell" className="people-badges">
        {!p.active && <span className="badge people-badge-down">{t('people.badge.stoodDown')}</span>}
        {onDuty && <span className="badge people-badge-duty">{t('people.badge.onDuty')}</span>}
        {p.reserve && <span className="badge">{t('people.badge.reserve')}</span>}
      </span>
      <span role="cell" className="people-row-actions">
        <button
          type="button"
          className="button-secondary"
          tabIndex={tab}
          aria-label={t('people.editOf', { name: p.name })}
          onClick={() => onEdit(p)}
        >
          {t('people.edit')}
        </button>
        {p.active ? (
          <button
            type="button"
            className="button-quiet"
            tabIndex={tab}
            aria-label={t('people.standDownOf', { name: p.name })}
            onClick={() => onStandDown(p)}
          >
            {t('people.standDown')}
          </button>
        ) : (
          <button
            type="button"
            className="button-quiet"
            tabIndex={tab}
            aria-label={t('people.reinstateOf', { name: p.name })}
            onClick={() => onReinstate(p)}
          >
            {t('people.reinstate')}
          </button>
        )}
      </span>
    </div>
  );
}
