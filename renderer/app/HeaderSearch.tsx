import { useId, useState, type KeyboardEvent } from 'react';
import type { Site } from '../../shared/domain';
import { useLive } from '../db/live/useLive';
import { whereNow, type WhereNowHit } from '../db/queries/whereNow';
import { useMinute } from '../hooks/useMinute';
import { useI18n } from '../i18n/useI18n';
import { WhereNowText } from './WhereNowText';
import './headerSearch.css';

/**
 * "Where is 张三 now?" and "who is at 沿街门洞2 now?" in one step: type a name or a post,
 * read the answer under the box. Arrows move through the answers, Enter opens the shifts
 * screen, Escape empties the box.
 */
export function HeaderSearch({ site }: { site: Site | null }) {
  const { t } = useI18n();
  const id = useId();
  const minute = useMinute();
  const [text, setText] = useState('');
  const [active, setActive] = useState(0);
  const grace = site?.shiftRules.lateGraceMinutes ?? 15;
  const hits = useLive(whereNow, site?.id ?? null, minute, text, grace).data ?? [];
  const open = text.trim() !== '';
  const current = Math.min(active, hits.length - 1);
  const keyOf = (hit: WhereNowHit) => `${hit.kind}-${hit.kind === 'person' ? hit.person.id : hit.post.id}`;

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      const step = e.key === 'ArrowDown' ? 1 : -1;
      setActive(Math.max(0, Math.min(hits.length - 1, current + step)));
    } else if (e.key === 'Enter' && hits.length > 0) {
      e.preventDefault();
      window.location.hash = '#/shifts';
      setText('');
    } else if (e.key === 'Escape') {
      setText('');
    }
  };

  return (
    <div className="header-search">
      <label htmlFor={`${id}-box`} className="visually-hidden">
        {t('duty.search.label')}
      </label>
      <input
        id={`${id}-box`}
        type="search"
        role="combobox"
        aria-expanded={open}
        aria-controls={`${id}-results`}
        aria-autocomplete="list"
        aria-activedescendant={open && hits.length > 0 ? `${id}-${current}` : undefined}
        placeholder={t('duty.search.label')}
        autoComplete="off"
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
      />
      {open && (
        <ul id={`${id}-results`} role="listbox" aria-label={t('duty.search.results')} className="header-search-results">
          {hits.length === 0 && <li className="hint">{t('duty.search.none')}</li>}
          {hits.map((hit, i) => (
            <li
              key={keyOf(hit)}
              id={`${id}-${i}`}
              role="option"
              aria-selected={i === current}
              data-testid="search-hit"
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => {
                window.location.hash = '#/shifts';
                setText('');
              }}
            >
              <WhereNowText hit={hit} timeZone={site?.timeZone ?? 'Asia/Shanghai'} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
