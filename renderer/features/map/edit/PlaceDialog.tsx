import { useState, type SyntheticEvent } from 'react';
import type { Entrance, Point } from '../../../../shared/domain';
import { entranceKinds, entranceStates } from '../../../../shared/domain/entranceValues';
import { useServices } from '../../../services/useServices';
import { useCommand } from '../../../hooks/useCommand';
import { useI18n } from '../../../i18n/useI18n';
import { Dialog } from '../../../ui/Dialog';
import { ErrorMessage } from '../../../ui/ErrorMessage';
import type { RouteWithCheckpoints } from '../../../db/queries/patrolRoutes';
import { readPlaceForm, type PlaceFormErrors, type PlaceFormValues } from './placeForm';
import type { PlacedTable } from './placeCommands';
import { pushUndo } from './undoStack';
import { DialogActions } from '../../../ui/DialogActions';
import { fieldErrors } from '../../../ui/fieldErrors';
import { lineLength } from '../../../../shared/rules/planImage';

export interface Placing {
  what: PlacedTable;
  at: Point;
}

/** The entrance a new post is placed at: the nearest one within a twentieth of the plan's diagonal, else none (a roving or inside post). */
function entranceAt(
  entrances: readonly Entrance[],
  at: Point,
  plan: { width: number; height: number },
): Entrance | null {
  const reach = Math.hypot(plan.width, plan.height) / 20;
  let nearest: { entrance: Entrance; distance: number } | null = null;
  for (const entrance of entrances) {
    const distance = lineLength(entrance.position, at);
    if (distance <= reach && (!nearest || distance < nearest.distance)) nearest = { entrance, distance };
  }
  return nearest?.entrance ?? null;
}

/**
 * Asks for the details of an entrance, post or checkpoint placed on the map, with
 * values that can be taken as they are (Enter places it). Nothing is written before
 * Place; the placing is undone like any other edit.
 */
export function PlaceDialog({
  siteId,
  plan,
  placing,
  entrances,
  routes,
  postCount,
  onClose,
}: {
  siteId: string;
  plan: { width: number; height: number };
  placing: Placing | null;
  entrances: readonly Entrance[];
  /** Read with the map (undefined while loading): a placing must start from the routes as they are, not an empty list still loading. */
  routes: readonly RouteWithCheckpoints[] | undefined;
  postCount: number;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const title = placing ? t(`mapEdit.placeTitle.${placing.what}`) : '';
  return (
    <Dialog title={title} open={placing !== null} onClose={onClose}>
      {placing && (placing.what !== 'checkpoints' || routes) && (
        // Keyed by the place: a new placing starts from fresh values.
        <PlaceForm
          key={`${placing.what}:${placing.at.x}:${placing.at.y}`}
          siteId={siteId}
          plan={plan}
          placing={placing}
          entrances={entrances}
          postCount={postCount}
          routes={routes ?? []}
          onDone={onClose}
        />
      )}
    </Dialog>
  );
}

function PlaceForm({
  siteId,
  plan,
  placing,
  entrances,
  postCount,
  routes,
  onDone,
}: {
  siteId: string;
  plan: { width: number; height: number };
  placing: Placing;
  entrances: readonly Entrance[];
  postCount: number;
  routes: readonly RouteWithCheckpoints[];
  onDone: () => void;
}) {
  const { t } = useI18n();
  const services = useServices();
  const { what, at } = placing;
  const [values, setValues] = useState<PlaceFormValues>(() => {
    const number = Math.max(0, ...entrances.map((e) => e.number)) + 1;
    const route = routes[0];
    const index =
      what === 'entrances'
        ? number
        : what === 'posts'
          ? postCount + 1
          : (route?.checkpoints.filter((c) => c.active).length ?? 0) + 1;
    return {
      name: t(`mapEdit.defaultName.${what}`, { number: index }),
      number: String(number),
      kind: 'gate',
      state: 'sealed',
      entranceId: entranceAt(entrances, at, plan)?.id ?? '',
      minStaff: '1',
      routeId: route?.route.id ?? '',
    };
  });
  const [errors, setErrors] = useState<PlaceFormErrors>({});
  const { run, error, busy, clearError } = useCommand();
  const set = (k: keyof PlaceFormValues) => (e: { target: { value: string } }) =>
    setValues({ ...values, [k]: e.target.value });
  const route = routes.find((r) => r.route.id === values.routeId);

  const submit = async (e: SyntheticEvent) => {
    e.preventDefault();
    if (busy) return;
    const read = readPlaceForm(values, what);
    if ('errors' in read) return setErrors(read.errors);
    setErrors({});
    const saved = await run(async () => {
      const p = (await import('./commands')).mapEditCommands;
      const placed =
        what === 'entrances'
          ? await p.placeEntrance(services, {
              siteId,
              number: read.number,
              name: values.name,
              kind: values.kind,
              state: values.state,
              position: at,
            })
          : what === 'posts'
            ? await p.placePost(services, {
                siteId,
                name: values.name,
                entranceId: values.entranceId || null,
                minStaff: read.minStaff,
                position: at,
              })
            : await p.placeCheckpoint(services, { siteId, routeId: values.routeId, name: values.name, position: at });
      pushUndo({ kind: 'unplace', table: what, id: placed.id });
    });
    if (saved) onDone();
  };

  const { fieldError, invalid } = fieldErrors('place', errors, t);
  const noRoute = what === 'checkpoints' && routes.length === 0;

  return (
    <form className="place-form" noValidate onSubmit={(e) => void submit(e)}>
      {what === 'entrances' && (
        <label className="field">
          <span>{t('field.number')}</span>
          <input inputMode="numeric" value={values.number} onChange={set('number')} {...invalid('number')} />
          {fieldError('number')}
        </label>
      )}
      {what === 'checkpoints' && !noRoute && (
        <label className="field">
          <span>{t('mapEdit.field.route')}</span>
          <select value={values.routeId} onChange={set('routeId')}>
            {routes.map((r) => (
              <option key={r.route.id} value={r.route.id}>
                {r.route.name}
              </option>
            ))}
          </select>
        </label>
      )}
      {noRoute ? (
        <p role="alert">{t('mapEdit.noRoute')}</p>
      ) : (
        <label className="field">
          <span>{t('field.name')}</span>
          <input value={values.name} onChange={set('name')} maxLength={120} data-autofocus {...invalid('name')} />
          {fieldError('name')}
        </label>
      )}
      {what === 'entrances' && (
        <>
          <label className="field">
            <span>{t('field.kind')}</span>
            <select value={values.kind} onChange={set('kind')}>
              {entranceKinds.map((k) => (
                <option key={k} value={k}>
                  {t(`entranceKind.${k}`)}
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            <span>{t('field.state')}</span>
            <select value={values.state} onChange={set('state')}>
              {entranceStates.map((s) => (
                <option key={s} value={s}>
                  {t(`entranceState.${s}`)}
                </option>
              ))}
            </select>
          </label>
        </>
      )}
      {what === 'posts' && (
        <>
          <label className="field">
            <span>{t('mapEdit.field.entrance')}</span>
            <select value={values.entranceId} onChange={set('entranceId')}>
              <option value="">{t('mapEdit.noEntrance')}</option>
              {entrances.map((e) => (
                <option key={e.id} value={e.id}>{`${t('home.entranceNumber', { number: e.number })} ${e.name}`}</option>
              ))}
            </select>
          </label>
          <label className="field">
            <span>{t('field.minStaff')}</span>
            <input inputMode="numeric" value={values.minStaff} onChange={set('minStaff')} {...invalid('minStaff')} />
            {fieldError('minStaff')}
          </label>
        </>
      )}
      {what === 'checkpoints' && route && (
        <p className="plan-note">
          {t('mapEdit.checkpointOrder', { order: route.checkpoints.filter((c) => c.active).length + 1 })}
        </p>
      )}
      <ErrorMessage message={error} onDismiss={clearError} />
      <DialogActions
        cancel={t('mapEdit.cancel')}
        onCancel={onDone}
        confirm={t('mapEdit.placeSave')}
        disabled={busy || noRoute}
      />
    </form>
  );
}
