import { useRef, useState, type KeyboardEvent } from 'react';
import type { Site } from '../../../shared/domain';
import { useI18n } from '../../i18n/useI18n';
import type { MessageKey } from '../../i18n/translate';
import { ActivityTab } from './activity/ActivityTab';
import { CrossingsTab } from './entrances/CrossingsTab';
import './log.css';

const tabs = [
  { id: 'activity', label: 'log.tab.activity', Tab: ActivityTab },
  { id: 'entrances', label: 'log.tab.entrances', Tab: CrossingsTab },
] as const satisfies readonly { id: string; label: MessageKey; Tab: unknown }[];
type TabId = (typeof tabs)[number]['id'];

/**
 * The post's log (日志): the activity log with the open incidents on top, and the
 * entrance log of crossings at the passage. One tab at a time; arrow keys move between tabs.
 */
export function LogScreen({ site }: { site: Site | null }) {
  const { t } = useI18n();
  const [current, setCurrent] = useState<TabId>('activity');
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
    <section className="screen log-screen">
      <h2 className="visually-hidden">{t('nav.log')}</h2>
      <div role="tablist" aria-label={t('nav.log')} className="tabs" onKeyDown={onKeyDown}>
        {tabs.map((tab) => (
          <button
            key={tab.id}
            ref={(el) => {
              if (el) refs.current.set(tab.id, el);
            }}
            type="button"
            role="tab"
            id={`log-tab-${tab.id}`}
            aria-controls="log-panel"
            aria-selected={tab.id === current}
            tabIndex={tab.id === current ? 0 : -1}
            onClick={() => setCurrent(tab.id)}
          >
            {t(tab.label)}
          </button>
        ))}
      </div>
      <div role="tabpanel" id="log-panel" aria-labelledby={`log-tab-${current}`} className="tab-panel">
        {site && <Tab site={site} />}
      </div>
    </section>
  );
}
