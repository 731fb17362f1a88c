import { useState } from 'react';
import { checkpointOrders, type PatrolRoute } from '../../../../shared/domain';
import { useCommand } from '../../../hooks/useCommand';
import { useI18n } from '../../../i18n/useI18n';
import { useServices } from '../../../services/useServices';
import { ErrorMessage } from '../../../ui/ErrorMessage';
import { fieldErrors } from '../../../ui/fieldErrors';
import { readRoute, type RouteErrors, type RouteValues } from './routeForm';
import { ChoiceSelect } from '../../../ui/ChoiceSelect';

/** A route's settings (or a new route's), saved as one command; an edit over a change made since is refused. */
export function RouteEditor({
  siteId,
  opened,
  initial,
  timeZone,
  onDone,
}: {
  siteId: string;
  opened: PatrolRoute | null;
  initial: RouteValues;
  timeZone: string;
  onDone: () => void;
}) {
  const { t } = useI18n();
  const services = useServices();
  const { run, error, busy } = useCommand(timeZone);
  const [v, setV] = useState(initial);
  const [errors, setErrors] = useState<RouteErrors>({});
  const { fieldError, invalid } = fieldErrors('route', errors, t);
  const set = (k: 'name' | 'intervalMinutes' | 'fixedTimes' | 'expectedMinutes' | 'people') => ({
    value: v[k],
    ...invalid(k),
    onChange: (e: { target: { value: string } }) => setV({ ...v, [k]: e.target.value }),
  });

  const save = async () => {
    const read = readRoute(v, opened?.intervalMinutes);
    if ('errors' in read) {
      setErrors(read.errors);
      return;
    }
    setErrors({});
    const ok = await run(async () => {
      const { patrolRouteCommands } = await import('./commands');
      if (opened) await patrolRouteCommands.updateRoute(services, { opened, ...read.fields });
      else await patrolRouteCommands.createRoute(services, { siteId, ...read.fields });
    });
    if (ok) onDone();
  };

  return (
    <form
      className="route-editor"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <label>
        <span>{t('patrolRoutes.name')}</span>
        <input data-autofocus maxLength={120} {...set('name')} />
        {fieldError('name')}
      </label>
      <fieldset>
        <legend>{t('patrolRoutes.timetable')}</legend>
        {(['interval', 'fixed'] as const).map((kind) => (
          <label key={kind} className="inline">
            <input
              type="radio"
              name="timetable"
              checked={v.timetable === kind}
              onChange={() => setV({ ...v, timetable: kind })}
            />
            {t(kind === 'interval' ? 'patrolRoutes.byInterval' : 'patrolRoutes.byTimes')}
          </label>
        ))}
        {v.timetable === 'interval' ? (
          <label>
            <span>{t('patrolRoutes.interval')}</span>
            <span className="with-unit">
              <input inputMode="numeric" {...set('intervalMinutes')} />
              <span>{t('patrolRoutes.unitMinutes')}</span>
            </span>
            {fieldError('intervalMinutes')}
          </label>
        ) : (
          <label>
            <span>{t('patrolRoutes.times')}</span>
            <input {...set('fixedTimes')} />
            {fieldError('fixedTimes')}
          </label>
        )}
      </fieldset>
      <div className="route-editor-row">
        <label>
          <span>{t('patrolRoutes.expected')}</span>
          <span className="with-unit">
            <input inputMode="numeric" {...set('expectedMinutes')} />
            <span>{t('patrolRoutes.unitMinutes')}</span>
          </span>
          {fieldError('expectedMinutes')}
        </label>
        <label>
          <span>{t('patrolRoutes.people')}</span>
          <span className="with-unit">
            <input inputMode="numeric" {...set('people')} />
            <span>{t('patrolRoutes.unitPeople')}</span>
          </span>
          {fieldError('people')}
        </label>
        <label>
          <span>{t('patrolRoutes.order')}</span>
          <ChoiceSelect
            value={v.order}
            choices={checkpointOrders}
            labelOf={(o) => t(`patrolRoutes.order.${o}`)}
            onChoose={(order) => setV({ ...v, order })}
          />
        </label>
      </div>
      <label className="inline">
        <input type="checkbox" checked={v.active} onChange={(e) => setV({ ...v, active: e.target.checked })} />
        {t('patrolRoutes.active')}
      </label>
      <div className="dialog-actions">
        <button type="button" onClick={onDone}>
          {t('patrolRoutes.cancel')}
        </button>
        <button type="submit" className="button-primary" disabled={busy}>
          {t('patrolRoutes.save')}
        </button>
      </div>
      <ErrorMessage message={error} />
    </form>
  );
}
