import { useState } from 'react';
import type { Site } from '../../../../shared/domain';
import { useLive } from '../../../db/live/useLive';
import { shiftNow } from '../../../db/queries/currentShift';
import { useMinute } from '../../../hooks/useMinute';
import { useI18n } from '../../../i18n/useI18n';
import { ErrorMessage } from '../../../ui/ErrorMessage';
import { DutyPersonRow } from './DutyPersonRow';
import { dutyOfShift, neighbourShifts } from './queries';
import type { DutyPerson } from './roster';
import { ShiftBar } from './ShiftBar';
import { ShiftHistory } from './ShiftHistory';
import { SwapDialog } from './SwapDialog';
import { useDutyActions } from './useDutyActions';
import './duty.css';

/**
 * On duty now: the shift running now (or one picked before or after it), each post's
 * people with their check-in state and what can be done, and the shift's record. One
 * time field serves the next action; left empty, the action is dated now.
 */
export function DutyTab({ site }: { site: Site | null }) {
  const { t } = useI18n();
  const minute = useMinute();
  const siteId = site?.id ?? null;
  const timeZone = site?.timeZone ?? 'Asia/Shanghai';
  const [picked, setPicked] = useState<string | null>(null);
  const [typed, setTyped] = useState('');
  const [swapping, setSwapping] = useState<DutyPerson | null>(null);
  const current = useLive(shiftNow, siteId, minute).data;
  const shiftId = picked ?? current?.shift.id ?? null;
  const duty = useLive(dutyOfShift, shiftId, site?.shiftRules.lateGraceMinutes ?? 15).data;
  const shift = duty?.shift ?? null;
  const around = useLive(neighbourShifts, siteId, shift?.startsAt ?? minute).data;
  const { act, swap, error, busy, clearError } = useDutyActions(shift, timeZone, typed);

  const pick = (id: string | null) => {
    setPicked(id === current?.shift.id ? null : id);
    clearError();
  };
  const done = (ok: boolean) => {
    if (ok) setTyped('');
  };
  const swappingPost = duty?.posts.find((p) => p.post.id === swapping?.assignment.postId)?.post.name ?? '';

  return (
    <div className="duty-tab">
      <ShiftBar
        shift={shift}
        running={shift !== null && shift.id === current?.shift.id}
        previous={around?.previous ?? null}
        next={around?.next ?? null}
        timeZone={timeZone}
        onPick={pick}
        onNow={picked !== null ? () => pick(null) : null}
      />
      {shift && (
        <div className="duty-time">
          <label htmlFor="duty-time">{t('duty.time')}</label>
          <input id="duty-time" type="time" value={typed} onChange={(e) => setTyped(e.target.value)} />
          <span className="hint">{t('duty.timeHint')}</span>
        </div>
      )}
      {!swapping && <ErrorMessage message={error} onDismiss={clearError} />}
      {duty && (
        <div className="duty-layout">
          <ul className="duty-posts">
            {duty.posts.map(({ post, people }) => (
              <li key={post.id} className="duty-post" aria-labelledby={`duty-post-${post.id}`} data-testid="duty-post">
                <h4 id={`duty-post-${post.id}`}>{post.name}</h4>
                {people.length === 0 ? (
                  <p className="hint">{t('duty.postEmpty')}</p>
                ) : (
                  <ul className="duty-people">
                    {people.map((row) => (
                      <DutyPersonRow
                        key={row.assignment.id}
                        row={row}
                        timeZone={timeZone}
                        busy={busy}
                        onAction={(action, id) => void act(action, id).then(done)}
                        onSwap={(r) => {
                          clearError();
                          setSwapping(r);
                        }}
                      />
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ul>
          <ShiftHistory events={duty.events} timeZone={timeZone} />
        </div>
      )}
      {swapping && duty && (
        <SwapDialog
          siteId={siteId}
          row={swapping}
          postName={swappingPost}
          onShift={duty.onShift}
          error={error}
          busy={busy}
          onSwap={(personId) =>
            void swap(swapping.assignment.id, personId).then((ok) => {
              done(ok);
              if (ok) setSwapping(null);
            })
          }
          onClose={() => {
            clearError();
            setSwapping(null);
          }}
        />
      )}
    </div>
  );
}
