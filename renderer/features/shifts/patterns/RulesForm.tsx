import { useState } from 'react';
import type { Site } from '../../../../shared/domain';
import { useCommand } from '../../../hooks/useCommand';
import { useI18n } from '../../../i18n/useI18n';
import { useServices } from '../../../services/useServices';
import { ErrorMessage } from '../../../ui/ErrorMessage';
import { fieldErrors } from '../../../ui/fieldErrors';
import { readRules, rulesValuesOf, type RulesErrors } from './rulesForm';

/** The site's thresholds for the board's checks: minimum rest, maximum hours in 24 h, late check-in grace. */
export function RulesForm({ site }: { site: Site }) {
  const { t } = useI18n();
  const services = useServices();
  const { run, error, busy } = useCommand(site.timeZone);
  const [v, setV] = useState(() => rulesValuesOf(site.shiftRules));
  const [errors, setErrors] = useState<RulesErrors>({});
  const [saved, setSaved] = useState(false);
  const { fieldError, invalid } = fieldErrors('rules', errors, t);

  const save = async () => {
    setSaved(false);
    const read = readRules(v);
    if ('errors' in read) {
      setErrors(read.errors);
      return;
    }
    setErrors({});
    const ok = await run(async () =>
      (await import('./commands')).patternCommands.setShiftRules(services, { siteId: site.id, rules: read.rules }),
    );
    setSaved(ok);
  };
  const field = (k: keyof typeof v, label: string, unit: string) => (
    <label>
      <span>{label}</span>
      <span className="with-unit">
        <input
          inputMode="decimal"
          value={v[k]}
          {...invalid(k)}
          onChange={(e) => {
            setSaved(false);
            setV({ ...v, [k]: e.target.value });
          }}
        />
        <span>{unit}</span>
      </span>
      {fieldError(k)}
    </label>
  );

  return (
    <section aria-labelledby="rules-title" className="rules-form">
      <h3 id="rules-title">{t('patterns.rulesTitle')}</h3>
      <p className="hint">{t('patterns.rulesHint')}</p>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        {field('minRestHours', t('patterns.minRest'), t('patterns.unitHours'))}
        {field('maxHoursPer24h', t('patterns.maxHours'), t('patterns.unitHours'))}
        {field('lateGraceMinutes', t('patterns.grace'), t('patterns.unitMinutes'))}
        <button type="submit" className="button-primary" disabled={busy}>
          {t('patterns.saveRules')}
        </button>
        {saved && (
          <span role="status" className="saved">
            {t('patterns.rulesSaved')}
          </span>
        )}
      </form>
      <ErrorMessage message={error} />
    </section>
  );
}
