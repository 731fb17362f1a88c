import { useRef, useState, type KeyboardEvent } from 'react';
import type { Site } from '../../../shared/domain';
import { useI18n } from '../../i18n/useI18n';
import type { MessageKey } from '../../i18n/translate';
import { BoardTab } from './board/BoardTab';
import { DutyTab } from './duty/DutyTab';
import { PatternsTab } from './patterns/PatternsTab';
import { PeopleTab } from './people/PeopleTab';
import './shifts.css';

const tabs = [
  { id: 'board', label: 'shifts.tab.board', Tab: BoardTab },
  { id: 'duty', label: 'shifts.tab.duty', Tab: DutyTab },
  { id: 'people', label: 'shifts.tab.people', Tab: PeopleTab },
  { id: 'patterns', label: 'shifts.tab.patterns', Tab: PatternsTab },
] as const satisfies readonly { id: string; label: MessageKey; Tab: unknown }[];
type TabId = (typeof tabs)[number]['id'];

/**
 * Guard shifts: the assignment board, who is on duty now, the people and groups, and the
 * shift patterns with the board's rules. One tab at a time; arrow keys move between tabs.
 */
export function ShiftsScreen({ site }: { site: Site | null }) {
  const { t } = useI18n();
  const [current, setCurrent] = useState<TabId>('board');
  const refs = useRef(new Map<TabId, HTMLButtonElement>());
  const index = tabs.findIndex((tab) => tab.id === current);
  const { Tab } = tabs[index] ?? tabs[0];

  const onKeyDown = (e: KeyboardEvent) => {
    const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
    if (step === 0) return;
    e.preventDefault();
    const next = tabs[(index + step + tabs.length) % tabs.length] ?? tabs[0];
    setCurrent(next.id);
    refs.current.get(next.id)?.focus();
  };

  return (
    <section className="screen shifts-screen">
      <h2 className="visually-hidden">{t('nav.shifts')}</h2>
      <div role="tablist" aria-label={t('nav.shifts')} className="tabs" onKeyDown={onKeyDown}>
        {tabs.map((tab) => (
          <button
            key={tab.id}
            ref={(el) => {
              if (el) refs.current.set(tab.id, el);
            }}
            type="button"
            role="tab"
            id={`shifts-tab-${tab.id}`}
            aria-controls="shifts-panel"
            aria-selected={tab.id === current}
            tabIndex={tab.id === current ? 0 : -1}
            onClick={() => setCurrent(tab.id)}
          >
            {t(tab.label)}
          </button>
        ))}
      </div>
      <div role="tabpanel" id="shifts-panel" aria-labelledby={`shifts-tab-${current}`} className="tab-panel">
        <Tab site={site} />
      </div>
    </section>
  );
}
