import { useRef, useState, type ComponentType, type KeyboardEvent } from 'react';
import type { Site } from '../../shared/domain';
import type { MessageKey } from '../i18n/translate';
import { useI18n } from '../i18n/useI18n';
import './tabs.css';

export interface TabDef {
  id: string;
  label: MessageKey;
  Tab: ComponentType<{ site: Site | null }>;
}

/**
 * An area's tabs: one at a time, arrow keys move between them (the ARIA tabs pattern),
 * the chosen one's panel below. `name` is the area's, for the tab list and the ids.
 */
export function Tabs({
  name,
  label,
  tabs,
  site,
}: {
  name: string;
  label: string;
  tabs: readonly TabDef[];
  site: Site | null;
}) {
  const { t } = useI18n();
  const [current, setCurrent] = useState(tabs[0]?.id ?? '');
  const refs = useRef(new Map<string, HTMLButtonElement>());
  const index = Math.max(
    0,
    tabs.findIndex((tab) => tab.id === current),
  );
  const Tab = tabs[index]?.Tab;

  const onKeyDown = (e: KeyboardEvent) => {
    const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
    if (step === 0) return;
    e.preventDefault();
    const next = tabs[(index + step + tabs.length) % tabs.length];
    if (!next) return;
    setCurrent(next.id);
    refs.current.get(next.id)?.focus();
  };

  return (
    <>
      <div role="tablist" aria-label={label} className="tabs" onKeyDown={onKeyDown}>
        {tabs.map((tab, i) => (
          <button
            key={tab.id}
            ref={(el) => {
              if (el) refs.current.set(tab.id, el);
            }}
            type="button"
            role="tab"
            id={`${name}-tab-${tab.id}`}
            aria-controls={`${name}-panel`}
            aria-selected={i === index}
            tabIndex={i === index ? 0 : -1}
            onClick={() => setCurrent(tab.id)}
          >
            {t(tab.label)}
          </button>
        ))}
      </div>
      <div
        role="tabpanel"
        id={`${name}-panel`}
        aria-labelledby={`${name}-tab-${tabs[index]?.id ?? ''}`}
        className="tab-panel"
      >
        {Tab && <Tab site={site} />}
      </div>
    </>
  );
}
