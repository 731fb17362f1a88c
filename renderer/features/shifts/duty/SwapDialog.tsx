import { useMemo, useState, type SyntheticEvent, type KeyboardEvent } from 'react';
import type { Person } from '../../../../shared/domain';
import { useLive } from '../../../db/live/useLive';
import { useI18n } from '../../../i18n/useI18n';
import { Dialog } from '../../../ui/Dialog';
import { DialogActions } from '../../../ui/DialogActions';
import { ErrorMessage } from '../../../ui/ErrorMessage';
import { peopleOfSite } from '../queries';
import type { DutyPerson } from './roster';

/** Enough to pick from by eye; typing a name narrows the rest. */
const SHOWN = 40;

/**
 * Picks who takes over a place mid-shift: the site's active people not already on the
 * shift, narrowed by typing. Keyboard: type, arrows to move, Enter to pick, Enter again
 * (or the button) to swap.
 */
export function SwapDialog({
  siteId,
  row,
  postName,
  onShift,
  error,
  busy,
  onSwap,
  onClose,
}: {
  siteId: string | null;
  row: DutyPerson;
  postName: string;
  onShift: readonly string[];
  error: string | null;
  busy: boolean;
  onSwap: (personId: string) => void;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const people = useLive(peopleOfSite, siteId).data;
  const [typed, setTyped] = useState('');
  const [active, setActive] = useState(0);
  const [chosen, setChosen] = useState<Person | null>(null);
  const [asked, setAsked] = useState(false);

  const matches = useMemo(() => {
    const taken = new Set(onShift);
    const q = typed.trim().toLowerCase();
    return (people ?? []).filter((p) => p.active && !taken.has(p.id) && (q === '' || p.name.toLowerCase().includes(q)));
  }, [people, onShift, typed]);
  const shown = matches.slice(0, SHOWN);
  const activeOption = shown[Math.min(active, shown.length - 1)];

  const submit = (e: SyntheticEvent) => {
    e.preventDefault();
    if (chosen) onSwap(chosen.id);
    else setAsked(true);
  };
  const onKeyDown = (e: KeyboardEvent) => {
    const step = e.key === 'ArrowDown' ? 1 : e.key === 'ArrowUp' ? -1 : 0;
    if (step !== 0) {
      e.preventDefault();
      setActive((i) => Math.max(0, Math.min(shown.length - 1, i + step)));
    } else if (e.key === 'Enter' && activeOption && activeOption.id !== chosen?.id) {
      e.preventDefault();
      setChosen(activeOption);
    }
  };

  return (
    <Dialog title={t('duty.swap.title', { name: row.person.name, post: postName })} open onClose={onClose}>
      <form className="swap-form" onSubmit={submit}>
        <label htmlFor="swap-search">{t('duty.swap.search')}</label>
        <input
          id="swap-search"
          data-autofocus
          role="combobox"
          aria-expanded="true"
          aria-controls="swap-options"
          aria-autocomplete="list"
          aria-activedescendant={activeOption ? `swap-${activeOption.id}` : undefined}
          autoComplete="off"
          value={typed}
          onChange={(e) => {
            setTyped(e.target.value);
            setActive(0);
          }}
          onKeyDown={onKeyDown}
        />
        <ul id="swap-options" role="listbox" aria-label={t('duty.swap.options')} className="swap-options">
          {shown.map((p) => (
            <li
              key={p.id}
              id={`swap-${p.id}`}
              role="option"
              aria-selected={chosen?.id === p.id}
              className={p.id === activeOption?.id ? 'active' : undefined}
              onClick={() => setChosen(p)}
            >
              <span className="person-name">{p.name}</span>
              <span className="person-phone">{p.phone}</span>
            </li>
          ))}
        </ul>
        {shown.length === 0 && <p className="hint">{t('duty.swap.none')}</p>}
        {matches.length > SHOWN && <p className="hint">{t('duty.swap.more', { count: matches.length - SHOWN })}</p>}
        <ErrorMessage message={asked && !chosen ? t('duty.swap.pick') : error} />
        <DialogActions
          cancel={t('duty.swap.cancel')}
          onCancel={onClose}
          confirm={chosen ? t('duty.swap.confirmWith', { name: chosen.name }) : t('duty.swap.confirm')}
          disabled={busy}
        />
      </form>
    </Dialog>
  );
}
