import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef, useState } from 'react';
import type { Round } from '../../../../shared/rules/patrolRounds';
import { useI18n } from '../../../i18n/useI18n';
import { useRemScale } from '../../../ui/useRemScale';
import { RoundRow } from './RoundRow';

/** A closed row's height in px at 16 px text; an open one is measured. */
const ROW_PX = 40;

const keyOf = (r: Round) => `${r.route.id}@${r.dueAt}`;

/**
 * Every round of the period, drawing only those in view (a month is ~720 rounds per
 * route): a list to screen readers, each round a list item whose button opens its
 * checkpoints in place. Open rows are measured, so the list stays in step as they grow.
 */
export function RoundList({
  rounds,
  names,
  timeZone,
  withDate,
}: {
  rounds: readonly Round[];
  names: Readonly<Record<string, string>>;
  timeZone: string;
  withDate: boolean;
}) {
  const { t } = useI18n();
  const rowPx = Math.round(ROW_PX * useRemScale());
  const scrollRef = useRef<HTMLDivElement>(null);
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  // No React Compiler runs on this app: the virtualizer's functions are called fresh on each render.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rounds.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowPx,
    getItemKey: (i) => {
      const r = rounds[i];
      return r ? keyOf(r) : i;
    },
    overscan: 8,
  });
  const toggle = (key: string) =>
    setOpen((prev) => {
      const next = new Set(prev);
      if (next.has(key)) next.delete(key);
      else next.add(key);
      return next;
    });

  return (
    <div className="history-rounds">
      <div className="history-round history-round-head" aria-hidden="true">
        <span />
        <span>{t('patrolHistory.col.dueAt')}</span>
        <span>{t('patrolHistory.col.route')}</span>
        <span>{t('patrolHistory.col.started')}</span>
        <span>{t('patrolHistory.col.ended')}</span>
        <span>{t('patrolHistory.col.people')}</span>
        <span>{t('patrolHistory.col.state')}</span>
        <span>{t('patrolHistory.col.late')}</span>
      </div>
      <div ref={scrollRef} className="history-scroll">
        <ul
          aria-label={t('patrolHistory.roundsTable')}
          className="history-list"
          style={{ height: virtualizer.getTotalSize() }}
        >
          {virtualizer.getVirtualItems().map((item) => {
            const round = rounds[item.index];
            if (!round) return null;
            const key = keyOf(round);
            return (
              <li
                key={key}
                data-index={item.index}
                ref={virtualizer.measureElement}
                className="history-item"
                style={{ transform: `translateY(${item.start}px)` }}
              >
                <RoundRow
                  round={round}
                  names={names}
                  timeZone={timeZone}
                  withDate={withDate}
                  open={open.has(key)}
                  onToggle={() => toggle(key)}
                />
              </li>
            );
          })}
        </ul>
      </div>
    </div>
  );
}
