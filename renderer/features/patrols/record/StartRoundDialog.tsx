import { useState, type KeyboardEvent } from 'react';
import type { Site } from '../../../../shared/domain';
import type { Round } from '../../../../shared/rules/patrolRounds';
import { typedTimeNear } from '../../../../shared/time/typedTime';
import { localTime } from '../../../../shared/time/zoned';
import { useLive } from '../../../db/live/useLive';
import { postStaffing } from '../../../db/queries/postStaffing';
import { useCommand } from '../../../hooks/useCommand';
import { useMinute } from '../../../hooks/useMinute';
import { useI18n } from '../../../i18n/useI18n';
import { useServices } from '../../../services/useServices';
import { Dialog } from '../../../ui/Dialog';
import { DialogActions } from '../../../ui/DialogActions';
import { ErrorMessage } from '../../../ui/ErrorMessage';
import { useDescribeRound } from './useDescribeRound';

/**
 * Starting a round as the patrol leaves: who went, chosen from the people on shift by
 * their number key, and when (now, or a typed time). Enter starts, Esc cancels.
 */
export function StartRoundDialog({ site, round, onClose }: { site: Site; round: Round; onClose: () => void }) {
  const { t } = useI18n();
  const services = useServices();
  const minute = useMinute();
  const describe = useDescribeRound(site.timeZone);
  const staffing = useLive(postStaffing, site.id, minute).data;
  const onShift = [...new Map((staffing ?? []).flatMap((s) => s.people.map((p) => [p.person.id, p.person]))).values()];
  const [chosen, setChosen] = useState<string[]>([]);
  const [time, setTime] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const { run, error, busy } = useCommand(site.timeZone);

  const toggle = (id: string) => setChosen((c) => (c.includes(id) ? c.filter((x) => x !== id) : [...c, id]));
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.target instanceof HTMLInputElement && e.target.type === 'text') return;
    const n = Number(e.key);
    const person = Number.isInteger(n) && n >= 1 ? onShift[n - 1] : undefined;
    if (person) {
      e.preventDefault();
      toggle(person.id);
    } else if (e.key === 'Enter' && !(e.target instanceof HTMLButtonElement)) {
      e.preventDefault();
      e.currentTarget.querySelector('form')?.requestSubmit();
    }
  };
  const submit = async (e: { preventDefault: () => void }) => {
    e.preventDefault();
    const now = services.clock.now();
    const at = time.trim() === '' ? now : typedTimeNear(time, now, site.timeZone);
    if (at === null) return setProblem(t('patrols.badTime'));
    if (onShift.length > 0 && chosen.length === 0) return setProblem(t('patrols.pickSomeone'));
    setProblem(null);
    const ok = await run(async () =>
      (await import('./commands')).roundCommands.startRound(services, {
        routeId: round.route.id,
        dueAt: round.dueAt,
        personIds: chosen,
        at,
        describe,
      }),
    );
    if (ok) onClose();
  };
  // Opened once the people on shift are known, so the focus starts on the first of them.
  if (!staffing) return null;
  const title = t('patrols.startTitle', {
    round: t('patrols.round', { route: round.route.name, due: localTime(round.dueAt, site.timeZone) }),
  });

  return (
    <Dialog title={title} open onClose={onClose}>
      <div onKeyDown={onKeyDown}>
        <form onSubmit={(e) => void submit(e)} className="start-round">
          <fieldset>
            <legend>{t('patrols.whoWent')}</legend>
            <p className="hint">{t('patrols.usually', { count: round.route.people })}</p>
            {onShift.length === 0 && <p>{t('patrols.nobodyOnShift')}</p>}
            <ol className="crew-list">
              {onShift.map((p, i) => (
                <li key={p.id}>
                  <label>
                    <input
                      type="checkbox"
                      checked={chosen.includes(p.id)}
                      onChange={() => toggle(p.id)}
                      {...(i === 0 ? { 'data-autofocus': true } : {})}
                    />
                    <kbd>{i + 1}</kbd> {p.name}
                  </label>
                </li>
              ))}
            </ol>
          </fieldset>
          <label>
            {t('patrols.time')}
            <input type="text" inputMode="numeric" value={time} onChange={(e) => setTime(e.target.value)} />
          </label>
          <p className="hint">{t('patrols.startKeys')}</p>
          <ErrorMessage message={problem ?? error} />
          <DialogActions cancel={t('patrols.cancel')} onCancel={onClose} confirm={t('patrols.start')} disabled={busy} />
        </form>
      </div>
    </Dialog>
  );
}
