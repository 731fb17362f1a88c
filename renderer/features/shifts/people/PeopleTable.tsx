import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { Group, Person } from '../../../../shared/domain';
import { useI18n } from '../../../i18n/useI18n';
import { useRemScale } from '../../../ui/useRemScale';
import { PersonRow } from './PersonRow';
import { useFillHeight } from './useFillHeight';

/** A row's height in px on a laptop (2.75rem at 16 px text); scaled with the text on a wall screen. */
const ROW_PX = 44;

/**
 * The people, one row each, drawing only the rows in view: a table to screen readers and
 * Playwright (role table, rows numbered with aria-rowindex out of aria-rowcount). One row
 * is in the Tab order at a time; the arrow keys, Page Up/Down, Home and End move between
 * rows (scrolling them into view), and Enter opens the one with the focus.
 */
export function PeopleTable({
  people,
  groups,
  onDuty,
  empty,
  onEdit,
  onStandDown,
  onReinstate,
}: {
  people: readonly Person[];
  groups: ReadonlyMap<string, Group>;
  onDuty: ReadonlySet<string>;
  empty: string;
  onEdit: (p: Person) => void;
  onStandDown: (p: Person) => void;
  onReinstate: (p: Person) => void;
}) {
  const { t } = useI18n();
  const scale = useRemScale();
  const rowPx = Math.round(ROW_PX * scale);
  const scrollRef = useRef<HTMLDivElement>(null);
  const height = useFillHeight(scrollRef, Math.round(24 * scale), Math.round(240 * scale));
  const [active, setActive] = useState(0);
  const focusWanted = useRef<number | null>(null);
  const current = Math.min(active, Math.max(0, people.length - 1));

  // No React Compiler runs on this app (only the lint's rule knows of it): the virtualizer's
  // functions are called fresh on each render, which is what the rule warns about.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: people.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowPx,
    overscan: 8,
  });
  // Row heights follow the text size: measured again when a wall screen's text grows.
  useEffect(() => virtualizer.measure(), [virtualizer, rowPx]);

  // A row asked for by the keyboard gets the focus once it is drawn (after the scroll that brings it in).
  useLayoutEffect(() => {
    const wanted = focusWanted.current;
    if (wanted === null) return;
    const row = scrollRef.current?.querySelector<HTMLElement>(`[data-index="${wanted}"]`);
    if (!row) return;
    focusWanted.current = null;
    row.focus({ preventScroll: true });
  });

  const moveTo = (index: number) => {
    const next = Math.max(0, Math.min(people.length - 1, index));
    setActive(next);
    focusWanted.current = next;
    virtualizer.scrollToIndex(next, { align: 'auto' });
  };
  const page = Math.max(1, Math.floor(height / rowPx) - 1);
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>, index: number, person: Person) => {
    // Keys pressed on the row's own buttons belong to them.
    if (e.target !== e.currentTarget) return;
    const to: Record<string, number> = {
      ArrowDown: index + 1,
      ArrowUp: index - 1,
      PageDown: index + page,
      PageUp: index - page,
      Home: 0,
      End: people.length - 1,
    };
    const target = to[e.key];
    if (target !== undefined) {
      e.preventDefault();
      moveTo(target);
    } else if (e.key === 'Enter') {
      e.preventDefault();
      onEdit(person);
    }
  };

  const items = virtualizer.getVirtualItems();
  // The row in the Tab order: the last one used, or, scrolled away from it, the first one in view.
  const tabbable = items.some((i) => i.index === current) ? current : items[0]?.index;

  return (
    <div role="table" aria-label={t('people.table')} aria-rowcount={people.length + 1} className="people-table">
      <div role="rowgroup">
        <div role="row" aria-rowindex={1} className="people-row people-head">
          <span role="columnheader">{t('people.col.name')}</span>
          <span role="columnheader">{t('people.col.phone')}</span>
          <span role="columnheader">{t('people.col.unit')}</span>
          <span role="columnheader">{t('people.col.group')}</span>
          <span role="columnheader">{t('people.col.role')}</span>
          <span role="columnheader">{t('people.col.status')}</span>
          <span role="columnheader">
            <span className="visually-hidden">{t('people.col.actions')}</span>
          </span>
        </div>
      </div>
      <div role="rowgroup" ref={scrollRef} className="people-rows" style={{ height }}>
        {people.length === 0 && <p className="people-empty">{empty}</p>}
        <div className="people-rows-inner" style={{ height: virtualizer.getTotalSize() }}>
          {items.map((item) => {
            const person = people[item.index];
            if (!person) return null;
            return (
              <PersonRow
                key={person.id}
                index={item.index}
                top={item.start}
                height={rowPx}
                person={person}
                group={person.groupId === null ? undefined : groups.get(person.groupId)}
                onDuty={onDuty.has(person.id)}
                current={item.index === tabbable}
                onFocus={() => setActive(item.index)}
                onKeyDown={(e) => onKeyDown(e, item.index, person)}
                onEdit={onEdit}
                onStandDown={onStandDown}
                onReinstate={onReinstate}
              />
            );
          })}
        </div>
      </div>
    </div>
  );
}
