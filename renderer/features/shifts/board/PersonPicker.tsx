import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import type { Group, Person } from '../../../../shared/domain';
import type { ProblemKind } from '../../../../shared/rules/shiftChecks';
import type { MessageKey } from '../../../i18n/translate';
import { useI18n } from '../../../i18n/useI18n';
import { Dialog } from '../../../ui/Dialog';
import { pickerOptions } from './pickerOrder';

/** Why someone is not free for a cell, in a word or two; the board's cell-only kinds never come up here. */
const whyKeys: Partial<Record<ProblemKind, MessageKey>> = {
  'double-booked': 'board.why.double-booked',
  'short-rest': 'board.why.short-rest',
  'too-many-hours': 'board.why.too-many-hours',
  'stood-down': 'board.why.stood-down',
  'reserve-call-up': 'board.why.reserve-call-up',
};

/**
 * Choosing who stands in a cell, or who leads a shift, by keyboard: type to narrow, arrows
 * to move, Enter to take the one marked. Free and rested people come first; the others
 * say why not. For a cell it stays open, so a post is filled in one go; Escape closes.
 */
export function PersonPicker({
  title,
  open,
  people,
  groups,
  exclude,
  reasonsOf,
  status,
  onPick,
  onClose,
}: {
  title: string;
  open: boolean;
  people: readonly Person[];
  groups: readonly Group[];
  exclude: ReadonlySet<string>;
  reasonsOf: (personId: string) => ProblemKind[];
  status: string;
  onPick: (personId: string) => void;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  // Taken here but perhaps not yet in `exclude` (the store answers a moment later): a quick second Enter takes the next person.
  const [picked, setPicked] = useState<ReadonlySet<string>>(new Set());
  const listId = useId();
  const groupOf = useMemo(() => {
    const byId = new Map(groups.map((g) => [g.id, { name: g.name, side: g.side }]));
    const none = { name: '', side: 'none' as const };
    return (id: string | null) => (id === null ? none : (byId.get(id) ?? none));
  }, [groups]);
  const options = useMemo(
    () => (open ? pickerOptions(people, query, new Set([...exclude, ...picked]), reasonsOf, groupOf) : []),
    [open, people, query, exclude, picked, reasonsOf, groupOf],
  );
  const current = Math.min(active, Math.max(0, options.length - 1));
  const pick = (personId: string) => {
    setPicked(new Set([...picked, personId]));
    onPick(personId);
    setQuery('');
    setActive(0);
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      const step = e.key === 'ArrowDown' ? 1 : -1;
      setActive(Math.max(0, Math.min(options.length - 1, current + step)));
    } else if (e.key === 'Enter') {
      e.preventDefault();
      const chosen = options[current];
      if (chosen) pick(chosen.person.id);
    }
  };
  const close = () => {
    setPicked(new Set());
    setQuery('');
    setActive(0);
    onClose();
  };

  return (
    <Dialog title={title} open={open} onClose={close}>
      <div className="picker">
        <input
          data-autofocus
          type="search"
          role="combobox"
          aria-expanded="true"
          aria-controls={listId}
          aria-activedescendant={options[current] ? `${listId}-${current}` : undefined}
          aria-label={t('board.pickerSearch')}
          placeholder={t('board.pickerHint')}
          value={query}
          onChange={(e) => {
            setQuery(e.target.value);
            setActive(0);
          }}
          onKeyDown={onKeyDown}
        />
        <p className="hint" role="status">
          {status}
        </p>
        <ul role="listbox" id={listId} aria-label={title} className="picker-list">
          {options.map(({ person, reasons }, i) => (
            <li
              key={person.id}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === current}
              className={reasons.length > 0 ? 'picker-busy' : undefined}
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => pick(person.id)}
            >
              <span className="picker-name" data-testid="picker-name">
                {person.name}
              </span>
              <span className="picker-group">{groupOf(person.groupId).name}</span>
              <span className="picker-why">
                {reasons.length === 0
                  ? t('board.why.free')
                  : reasons
                      .flatMap((k) => {
                        const key = whyKeys[k];
                        return key ? [t(key)] : [];
                      })
                      .join(' · ')}
              </span>
            </li>
          ))}
          {options.length === 0 && <li className="hint">{t('board.pickerNone')}</li>}
        </ul>
        <div className="dialog-actions">
          <button type="button" onClick={close}>
            {t('board.pickerDone')}
          </button>
        </div>
      </div>
    </Dialog>
  );
}
