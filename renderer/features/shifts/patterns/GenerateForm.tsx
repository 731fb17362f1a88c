import { useState } from 'react';
import type { ShiftPattern, Site } from '../../../../shared/domain';
import { datesFrom } from '../../../../shared/rules/shiftPlanning';
import { localDate } from '../../../../shared/time/zoned';
import { useCommand } from '../../../hooks/useCommand';
import { useI18n } from '../../../i18n/useI18n';
import { useServices } from '../../../services/useServices';
import { ErrorMessage } from '../../../ui/ErrorMessage';
import { PatternSelect } from './PatternSelect';

/** Makes a pattern's shifts for a run of days, in the site's time zone; shifts already there are kept. */
export function GenerateForm({ site, patterns }: { site: Site; patterns: readonly ShiftPattern[] }) {
  const { t } = useI18n();
  const services = useServices();
  const { run, error, busy } = useCommand(site.timeZone);
  const [patternId, setPatternId] = useState('');
  const [from, setFrom] = useState(() => localDate(services.clock.now(), site.timeZone));
  const [days, setDays] = useState('7');
  const [done, setDone] = useState<string | null>(null);
  const pattern = patterns.find((p) => p.id === patternId) ?? patterns[0];
  const count = Number(days);
  const daysOk = Number.isInteger(count) && count >= 1 && count <= 31;
  const fromOk = /^\d{4}-\d{2}-\d{2}$/.test(from);

  const generate = async () => {
    setDone(null);
    if (!pattern || !daysOk || !fromOk) return;
    await run(async () => {
      const made = await (
        await import('../board/commands')
      ).boardCommands.generateShifts(services, {
        patternId: pattern.id,
        dates: datesFrom(from, count),
      });
      setDone(t('patterns.generated', { count: made.length, days: count }));
    });
  };

  return (
    <section aria-labelledby="generate-title" className="generate-form">
      <h3 id="generate-title">{t('patterns.generateTitle')}</h3>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void generate();
        }}
      >
        <PatternSelect
          label={t('patterns.pattern')}
          patterns={patterns}
          value={pattern?.id ?? ''}
          onChange={setPatternId}
        />
        <label>
          <span>{t('patterns.from')}</span>
          <input
            type="date"
            value={from}
            aria-invalid={!fromOk || undefined}
            onChange={(e) => setFrom(e.target.value)}
          />
          {!fromOk && <span className="field-error">{t('patterns.error.from')}</span>}
        </label>
        <label>
          <span>{t('patterns.days')}</span>
          <input
            inputMode="numeric"
            value={days}
            aria-invalid={!daysOk || undefined}
            onChange={(e) => setDays(e.target.value)}
          />
          {!daysOk && <span className="field-error">{t('patterns.error.days')}</span>}
        </label>
        <button type="submit" className="button-primary" disabled={busy || !pattern}>
          {t('patterns.generate')}
        </button>
        {done && (
          <span role="status" className="saved">
            {done}
          </span>
        )}
      </form>
      <ErrorMessage message={error} />
    </section>
  );
}
