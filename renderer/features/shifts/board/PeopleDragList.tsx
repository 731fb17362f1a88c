import { memo, useMemo, useState } from 'react';
import type { Person } from '../../../../shared/domain';
import { useI18n } from '../../../i18n/useI18n';
import { dragTypes } from './boardActions';

/**
 * The active people to drag onto a cell, narrowed by what is typed; the picker does the same
 * by keyboard. Memoised: the board draws again on every change, the people list seldom changes.
 */
export const PeopleDragList = memo(function PeopleDragList({ people }: { people: readonly Person[] }) {
  const { t } = useI18n();
  const [query, setQuery] = useState('');
  const shown = useMemo(() => {
    const q = query.trim().toLowerCase();
    return people.filter((p) => p.active && (q === '' || `${p.name} ${p.role}`.toLowerCase().includes(q)));
  }, [people, query]);
  return (
    <section className="drag-people" aria-labelledby="drag-people-title">
      <h3 id="drag-people-title">{t('board.dragPeople')}</h3>
      <input
        type="search"
        aria-label={t('board.dragSearch')}
        placeholder={t('board.dragSearch')}
        value={query}
        onChange={(e) => setQuery(e.target.value)}
      />
      <ul aria-label={t('board.dragPeople')}>
        {shown.map((p) => (
          <li key={p.id} draggable onDragStart={(e) => e.dataTransfer.setData(dragTypes.person, p.id)}>
            {p.name}
            <span className="hint"> {p.role}</span>
          </li>
        ))}
      </ul>
    </section>
  );
});
