import { useState } from 'react';
import type { ShiftPattern, Site } from '../../../../shared/domain';
import { shiftRangeText } from '../../../../shared/rules/shiftTimes';
import { zonedInstant } from '../../../../shared/time/zoned';
import { useLive } from '../../../db/live/useLive';
import { useI18n } from '../../../i18n/useI18n';
import { Dialog } from '../../../ui/Dialog';
import { patternsOfSite } from '../board/queries';
import { GenerateForm } from './GenerateForm';
import { PatternEditor } from './PatternEditor';
import { patternTemplate, patternValuesOf, type PatternValues } from './patternForm';
import { RulesForm } from './RulesForm';
import './patterns.css';

type Editing = { opened: ShiftPattern | null; initial: PatternValues } | null;

/** Shift patterns (named slots of the day), making their shifts for a run of days, and the board's rules. */
export function PatternsTab({ site }: { site: Site | null }) {
  const { t } = useI18n();
  const patterns = useLive(patternsOfSite, site?.id ?? null).data ?? [];
  const [editing, setEditing] = useState<Editing>(null);
  if (!site) return <p className="hint">{t('board.noSite')}</p>;
  // Slot times shown on a plain day of the site's zone: a slot past midnight says so.
  const slotText = (startMinute: number, duration: number) => {
    const day = '2021-01-04';
    const startsAt = zonedInstant(day, startMinute, site.timeZone);
    const endsAt = zonedInstant(day, startMinute + duration, site.timeZone);
    const { start, end } = shiftRangeText(startsAt, endsAt, site.timeZone);
    return startMinute + duration > 24 * 60 ? t('patterns.nextDay', { start, end }) : `${start}–${end}`;
  };
  const names = { night: t('patterns.night'), day: t('patterns.day'), evening: t('patterns.evening') };

  return (
    <div className="patterns-tab">
      <section aria-labelledby="patterns-title">
        <h3 id="patterns-title">{t('patterns.title')}</h3>
        <p className="hint">{t('patterns.hint')}</p>
        <ul className="pattern-list">
          {patterns.map((p) => (
            <li key={p.id} aria-label={p.name}>
              <h4>{p.name}</h4>
              <ul>
                {p.slots.map((s, i) => (
                  <li key={i}>
                    <strong>{s.name}</strong> {slotText(s.startMinute, s.durationMinutes)}
                  </li>
                ))}
              </ul>
              <button type="button" onClick={() => setEditing({ opened: p, initial: patternValuesOf(p) })}>
                {t('patterns.edit', { name: p.name })}
              </button>
            </li>
          ))}
        </ul>
        <div role="group" aria-label={t('patterns.new')} className="pattern-new">
          <span>{t('patterns.new')}:</span>
          {(['three', 'two', 'blank'] as const).map((kind) => (
            <button
              key={kind}
              type="button"
              onClick={() => setEditing({ opened: null, initial: patternTemplate(kind, names) })}
            >
              {t(`patterns.template.${kind}`)}
            </button>
          ))}
        </div>
      </section>
      {patterns.length > 0 && <GenerateForm site={site} patterns={patterns} />}
      <RulesForm site={site} />
      <Dialog
        title={editing?.opened ? t('patterns.editTitle', { name: editing.opened.name }) : t('patterns.newTitle')}
        open={editing !== null}
        onClose={() => setEditing(null)}
      >
        {editing && (
          <PatternEditor
            key={editing.opened?.id ?? 'new'}
            siteId={site.id}
            opened={editing.opened}
            initial={editing.initial}
            timeZone={site.timeZone}
            onDone={() => setEditing(null)}
          />
        )}
      </Dialog>
    </div>
  );
}
