/**
 * The benchmark's reference for the activity log: the same rows, read by Dexie from the
 * app's own store (same origin) by the [siteId+at] index range, a count and one window
 * from an offset, drawn by React in a list virtualised the same way with the log's CSS.
 * No live queries, no services, no i18n, no corrections, no incidents, no forms. The
 * period select works as the log's does (a day, or the whole last year), so both are timed
 * the same way.
 */
import { useVirtualizer } from '@tanstack/react-virtual';
import Dexie from 'dexie';
import { useEffect, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import '../../../renderer/features/log/log.css';

interface Row {
  id: string;
  siteId: string;
  at: number;
  kind: string;
  text: string;
  operator: string;
}

const WINDOW = 200;
const STEP = WINDOW / 2;
const DAY = 86_400_000;
const db = new Dexie('cordon');
const time = new Intl.DateTimeFormat('zh-CN', {
  timeZone: 'Asia/Shanghai',
  month: 'short',
  day: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

function range(siteId: string, from: number) {
  return db
    .table<Row>('activityLog')
    .where('[siteId+at]')
    .between([siteId, from], [siteId, Number.MAX_SAFE_INTEGER])
    .reverse();
}

function LogList({ siteId, now }: { siteId: string; now: number }) {
  const [all, setAll] = useState(false);
  const from = all ? now - 366 * DAY : now - DAY;
  const [count, setCount] = useState(0);
  const [page, setPage] = useState<{ start: number; rows: Row[] } | null>(null);
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => 56,
    overscan: 6,
  });
  const items = virtualizer.getVirtualItems();
  const start = Math.max(0, Math.floor((items[0]?.index ?? 0) / STEP) * STEP - STEP / 2);
  useEffect(() => {
    let live = true;
    void range(siteId, from)
      .count()
      .then((n) => live && setCount(n));
    return () => {
      live = false;
    };
  }, [siteId, from]);
  useEffect(() => {
    let live = true;
    void range(siteId, from)
      .offset(start)
      .limit(WINDOW)
      .toArray()
      .then((rows) => live && setPage({ start, rows }));
    return () => {
      live = false;
    };
  }, [siteId, from, start]);

  return (
    <div className="activity-tab">
      <fieldset className="log-filters">
        <label>
          <span>时段</span>
          <select value={all ? 'all' : 'day'} onChange={(e) => setAll(e.target.value === 'all')}>
            <option value="day">按日</option>
            <option value="all">全部（最近一年）</option>
          </select>
        </label>
      </fieldset>
      <section className="log-list" data-count={count}>
        <div ref={scrollRef} className="log-rows" role="list">
          <div className="log-rows-inner" style={{ height: virtualizer.getTotalSize() }}>
            {items.map((item) => {
              const row = page?.rows[item.index - page.start];
              return (
                <div
                  key={row?.id ?? `i${item.index}`}
                  role="listitem"
                  data-index={item.index}
                  ref={virtualizer.measureElement}
                  className="log-row-slot"
                  style={{ transform: `translateY(${item.start}px)` }}
                >
                  {row === undefined ? (
                    <p className="log-row log-loading">…</p>
                  ) : (
                    <article className="log-row">
                      <div className="log-line">
                        <time className="log-time">{time.format(row.at)}</time>
                        <span className="log-kind">{row.kind}</span>
                        <span className="log-text">{row.text}</span>
                        <span className="log-meta">记录人：{row.operator}</span>
                      </div>
                    </article>
                  )}
                </div>
              );
            })}
          </div>
        </div>
      </section>
    </div>
  );
}

async function main() {
  await db.open();
  const site = await db.table<{ id: string }>('sites').toCollection().first();
  if (!site) throw new Error('no site in the store: open the app on ?seed=year first');
  const root = document.getElementById('root');
  if (!root) throw new Error('no #root');
  createRoot(root).render(<LogList siteId={site.id} now={Date.now()} />);
  performance.mark('bare:ready');
}

void main();
