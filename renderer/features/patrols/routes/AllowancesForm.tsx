import { useState } from 'react';
import type { Site } from '../../../../shared/domain';
import { useCommand } from '../../../hooks/useCommand';
import { useI18n } from '../../../i18n/useI18n';
import { useServices } from '../../../services/useServices';
import { ErrorMessage } from '../../../ui/ErrorMessage';
import { fieldErrors } from '../../../ui/fieldErrors';
import { allowanceValuesOf, readAllowances, type AllowanceErrors } from './routeForm';

/** The site's patrol allowances: how late a round may start, how long past expected it may be out. */
export function AllowancesForm({ site }: { site: Site }) {
  const { t } = useI18n();
  const services = useServices();
  const { run, error, busy } = useCommand(site.timeZone);
  const [v, setV] = useState(() => allowanceValuesOf(site.patrolRules));
  const [errors, setErrors] = useState<AllowanceErrors>({});
  const [saved, setSaved] = useState(false);
  const { fieldError, invalid } = fieldErrors('allowances', errors, t);

  const save = async () => {
    setSaved(false);
    const read = readAllowances(v);
    if ('errors' in read) {
      setErrors(read.errors);
      return;
    }
    setErrors({});
    const ok = await run(async () =>
      (await import('./commands')).patrolRouteCommands.setPatrolRules(services, { siteId: site.id, rules: read.rules }),
    );
    setSaved(ok);
  };
  const field = (k: keyof typeof v, label: string) => (
    <label>
      <span>{label}</span>
      <span className="with-unit">
        <input
          inputMode="numeric"
          value={v[k]}
          {...invalid(k)}
          onChange={(e) => {
            setSaved(false);
            setV({ ...v, [k]: e.target.value });
          }}
        />
        <span>{t('patrolRoutes.unitMinutes')}</span>
      </span>
      {fieldError(k)}
    </label>
  );

  return (
    <section aria-labelledby="allowances-title" className="allowances-form">
      <h3 id="allowances-title">{t('patrolRoutes.allowancesTitle')}</h3>
      <p className="hint">{t('patrolRoutes.allowancesHint')}</p>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        {field('startGraceMinutes', t('patrolRoutes.startGrace'))}
        {field('overrunGraceMinutes', t('patrolRoutes.overrunGrace'))}
        <button type="submit" className="button-primary" disabled={busy}>
          {t('patrolRoutes.saveAllowances')}
        </button>
        {saved && (
          <span role="status" className="saved">
            {t('patrolRoutes.saved')}
          </span>
        )}
      </form>
      <ErrorMessage message={error} />
    </section>
  );
}
