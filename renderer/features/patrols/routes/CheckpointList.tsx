import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { Checkpoint, PatrolRoute } from '../../../../shared/domain';
import { useCommand } from '../../../hooks/useCommand';
import { useI18n } from '../../../i18n/useI18n';
import { useServices } from '../../../services/useServices';
import { Dialog } from '../../../ui/Dialog';
import { ErrorMessage } from '../../../ui/ErrorMessage';
import { AddCheckpointForm } from './AddCheckpointForm';
import { CheckpointEditor } from './CheckpointEditor';

/**
 * A route's checkpoints in order: move up or down (buttons, or Alt+↑/↓ on a selected one),
 * edit, remove; a new one is added at the end. Checkpoints taken off are counted, not listed.
 */
export function CheckpointList({
  route,
  checkpoints,
  timeZone,
}: {
  route: PatrolRoute;
  checkpoints: readonly Checkpoint[];
  timeZone: string;
}) {
  const { t } = useI18n();
  const services = useServices();
  const { run, error } = useCommand(timeZone);
  const [editing, setEditing] = useState<Checkpoint | null>(null);
  const [status, setStatus] = useState('');
  const [focusId, setFocusId] = useState<string | null>(null);
  const items = useRef(new Map<string, HTMLLIElement>());
  const active = checkpoints.filter((c) => c.active);
  const takenOff = checkpoints.length - active.length;

  // After a move the list redraws in its new order; the moved checkpoint keeps the focus.
  useEffect(() => {
    if (focusId !== null) items.current.get(focusId)?.focus();
  }, [checkpoints, focusId]);

  const move = async (c: Checkpoint, step: -1 | 1) => {
    setStatus('');
    setFocusId(c.id);
    await run(async () =>
      (await import('./commands')).patrolRouteCommands.moveCheckpoint(services, { id: c.id, step }),
    );
  };
  const remove = async (c: Checkpoint) => {
    setStatus('');
    await run(async () => {
      const outcome = await (await import('./commands')).patrolRouteCommands.removeCheckpoint(services, { id: c.id });
      setStatus(t(outcome === 'kept' ? 'patrolRoutes.kept' : 'patrolRoutes.removed', { name: c.name }));
    });
  };
  const onKeyDown = (c: Checkpoint) => (e: KeyboardEvent) => {
    if (e.target !== e.currentTarget || !e.altKey) return;
    if (e.key !== 'ArrowUp' && e.key !== 'ArrowDown') return;
    e.preventDefault();
    void move(c, e.key === 'ArrowUp' ? -1 : 1);
  };

  return (
    <section className="checkpoint-list" aria-label={t('patrolRoutes.checkpoints', { name: route.name })}>
      {active.length === 0 ? (
        <p className="hint">{t('patrolRoutes.noCheckpoints')}</p>
      ) : (
        <>
          <p className="hint">{t('patrolRoutes.keysHint')}</p>
          <ol>
            {active.map((c, i) => (
              <li
                key={c.id}
                tabIndex={0}
                aria-label={`${i + 1}. ${c.name}`}
                ref={(el) => {
                  if (el) items.current.set(c.id, el);
                  else items.current.delete(c.id);
                }}
                onKeyDown={onKeyDown(c)}
              >
                <span className="checkpoint-place" aria-hidden="true">
                  {i + 1}
                </span>
                <span className="checkpoint-text">
                  <strong>{c.name}</strong>
                  {c.checks !== '' && <span className="hint"> {c.checks}</span>}
                </span>
                <span className="checkpoint-actions">
                  <button
                    type="button"
                    className="button-quiet"
                    disabled={i === 0}
                    aria-label={t('patrolRoutes.moveUpOf', { name: c.name })}
                    onClick={() => void move(c, -1)}
                  >
                    {t('patrolRoutes.moveUp')}
                  </button>
                  <button
                    type="button"
                    className="button-quiet"
                    disabled={i === active.length - 1}
                    aria-label={t('patrolRoutes.moveDownOf', { name: c.name })}
                    onClick={() => void move(c, 1)}
                  >
                    {t('patrolRoutes.moveDown')}
                  </button>
                  <button
                    type="button"
                    className="button-quiet"
                    aria-label={t('patrolRoutes.editCheckpointOf', { name: c.name })}
                    onClick={() => setEditing(c)}
                  >
                    {t('patrolRoutes.editCheckpoint')}
                  </button>
                  <button
                    type="button"
                    className="button-quiet"
                    aria-label={t('patrolRoutes.removeOf', { name: c.name })}
                    onClick={() => void remove(c)}
                  >
                    {t('patrolRoutes.remove')}
                  </button>
                </span>
              </li>
            ))}
          </ol>
        </>
      )}
      {takenOff > 0 && <p className="hint">{t('patrolRoutes.takenOff', { count: takenOff })}</p>}
      <p role="status" className="saved">
        {status}
      </p>
      <ErrorMessage message={error} />
      <AddCheckpointForm route={route} timeZone={timeZone} />
      <Dialog
        title={editing ? t('patrolRoutes.editCheckpointTitle', { name: editing.name }) : ''}
        open={editing !== null}
        onClose={() => setEditing(null)}
      >
        {editing && (
          <CheckpointEditor key={editing.id} opened={editing} timeZone={timeZone} onDone={() => setEditing(null)} />
        )}
      </Dialog>
    </section>
  );
}
