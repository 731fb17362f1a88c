import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef, useState } from 'react';
import type { Site } from '../../../../shared/domain';
import { useLive } from '../../../db/live/useLive';
import { formatNumber } from '../../../i18n/format';
import { useI18n } from '../../../i18n/useI18n';
import { EntryRow } from './EntryRow';
import { LOG_WINDOW, logCount, logWindow } from './queries';

const ROW_PX = 56;
const STEP = LOG_WINDOW / 2;
/** The window's start for a first row in view: half-window steps, half a step of margin before it. */
const windowStart = (first: number) => Math.max(0, Math.floor(first / STEP) * STEP - STEP / 2);

/**
 * The log's entries, virtualised: the count sizes the scroll, and one window of rows
 * (LOG_WINDOW, read by index range from an offset) fills what is in view. The window
 * moves in half-window steps with a margin either side, so rows in view are always in it
 * or in the answer before, and scrolling a year end to end never holds more than a window.
 */
export function LogList({
  site,
  from,
  to,
  kind,
  text,
}: {
  site: Site;
  from: number;
  to: number;
  kind: string;
  text: string;
}) {
  const { t, locale } = useI18n();
  const scrollRef = useRef<HTMLDivElement>(null);
  const counted = useLive(logCount, site.id, from, to, kind, text).data;
  const count = counted ?? 0;
  // Days apart show their date on each line; one day, its time alone.
  const withDate = to - from > 86_400_000 + 3_600_000;

  // Where the window read starts: moved as the list scrolls (the virtualizer's onChange), so
  // the window is read before the virtualizer sizes its rows by entry.
  const [start, setStart] = useState(0);
  // Another period or filter reads from its own top (React's "adjust state on a prop change").
  const filterKey = `${from}|${to}|${kind}|${text}`;
  const [readFor, setReadFor] = useState(filterKey);
  if (readFor !== filterKey) {
    setReadFor(filterKey);
    setStart(0);
  }
  const page = useLive(logWindow, site.id, from, to, kind, text, start).data;

  // No React Compiler runs on this app: the virtualizer's functions are called fresh on each render.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_PX,
    // Sizes are kept by entry, not by place: a new entry on top moves every row down one.
    getItemKey: (index) => (page ? (page.rows[index - page.start]?.id ?? `i${index}`) : `i${index}`),
    overscan: 6,
    onChange: (v) => setStart(windowStart(v.getVirtualItems()[0]?.index ?? 0)),
  });
  const items = virtualizer.getVirtualItems();

  return (
    // data-count: what the benchmark waits on to know the period's list is in.
    <section className="log-list" aria-label={t('log.list')} data-count={count}>
      {/* Said once counted, never "0" while the count is still being read. */}
      <p className="hint" aria-live="polite">
        {counted !== undefined && t('log.count', { count: formatNumber(counted, locale) })}
      </p>
      <div ref={scrollRef} className="log-rows" role="list" aria-label={t('log.list')}>
        {counted === 0 && <p className="log-empty">{t('log.empty')}</p>}
        <div className="log-rows-inner" style={{ height: virtualizer.getTotalSize() }}>
          {items.map((item) => {
            const entry = page ? page.rows[item.index - page.start] : undefined;
            const inWindow = (id: string | null) => id !== null && page?.rows.some((r) => r.id === id) === true;
            return (
              <div
                key={entry?.id ?? `i${item.index}`}
                role="listitem"
                data-index={item.index}
                ref={virtualizer.measureElement}
                className="log-row-slot"
                style={{ transform: `translateY(${item.start}px)` }}
              >
                {entry === undefined ? (
                  <p className="log-row log-loading hint">{t('log.loadingRow')}</p>
                ) : // A correction of an entry in view is drawn under that entry, not again here.
                inWindow(entry.correctsId) ? null : (
                  <EntryRow
                    site={site}
                    entry={entry}
                    corrections={page?.corrections[entry.id] ?? []}
                    withDate={withDate}
                  />
                )}
              </div>
            );
          })}
        </div>
      </div>
    </section>
  );
}
