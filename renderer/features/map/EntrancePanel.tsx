import { useRef } from 'react';
import type { Entrance, Site } from '../../../shared/domain';
import { entranceStates, type EntranceState } from '../../../shared/domain/entranceValues';
import { PostPeopleList } from '../../ui/PostPeopleList';
import type { PostStaffing } from '../../../shared/rules/staffing';
import { formatDateTime } from '../../i18n/format';
import { useI18n } from '../../i18n/useI18n';
import { EntranceStateLabel } from '../../ui/EntranceStateLabel';
import { useLive } from '../../db/live/useLive';
import { entranceHistory } from '../../db/queries/entranceHistory';
import { useFocusOnRequest } from '../../ui/useFocusOnRequest';

const stateOf = (v: unknown): EntranceState | null => {
  const s: unknown = typeof v === 'object' && v !== null ? Reflect.get(v, 'state') : null;
  return entranceStates.find((known) => known === s) ?? null;
};

/**
 * What the operator sees on selecting an entrance on the map: its state, the post and
 * who stands there now, and how its state has changed, with the way to change it.
 */
export function EntrancePanel({
  site,
  entrance,
  staffing,
  onChangeState,
  onClose,
  focusRequest = 0,
}: {
  site: Site;
  entrance: Entrance;
  staffing: PostStaffing | undefined;
  onChangeState: () => void;
  onClose: () => void;
  /** Raised when the entrance was chosen by keyboard: the state button takes the focus, so Enter changes the state. */
  focusRequest?: number;
}) {
  const { t, locale } = useI18n();
  const history = useLive(entranceHistory, entrance.id, 8).data;
  const changeButton = useRef<HTMLButtonElement>(null);
  useFocusOnRequest(changeButton, focusRequest, entrance.id);
  return (
    <section className="entrance-panel" aria-label={entrance.name} data-testid="entrance-panel">
      <div className="panel-head">
        <h3>
          {t('home.entranceNumber', { number: entrance.number })} {entrance.name}
        </h3>
        <button type="button" className="button-quiet" onClick={onClose}>
          {t('map.panel.close')}
        </button>
      </div>
      <p className="hint">{t(`entranceKind.${entrance.kind}`)}</p>
      <div className="entrance-tile-row">
        <strong data-testid="panel-state">
          <EntranceStateLabel state={entrance.state} size={26} />
        </strong>
        <button
          ref={changeButton}
          type="button"
          className="button-secondary"
          aria-keyshortcuts={entrance.number <= 9 ? String(entrance.number) : undefined}
          onClick={onChangeState}
        >
          {t('entrance.changeState')}
        </button>
      </div>
      {staffing && (
        <>
          <h4>
            {staffing.post.name} ·{' '}
            {staffing.level === 'unstaffed'
              ? t('home.unstaffed')
              : t('home.staffCount', { count: staffing.people.length, min: staffing.post.minStaff })}
          </h4>
          <PostPeopleList people={staffing.people} />
        </>
      )}
      <h4>{t('map.panel.history')}</h4>
      {history?.length === 0 && <p className="hint">{t('map.panel.noHistory')}</p>}
      <ol className="panel-history" data-testid="panel-history">
        {history?.map((h) => {
          const from = stateOf(h.before);
          const to = stateOf(h.after);
          return (
            <li key={h.seq}>
              <span className="num">{formatDateTime(h.at, locale, site.timeZone)}</span>{' '}
              {from && to && from !== to
                ? `${t(`entranceState.${from}`)} → ${t(`entranceState.${to}`)}`
                : t(`auditAction.${h.action}`)}
              {h.reason ? ` · ${t('audit.reason', { reason: h.reason })}` : ''} · {h.operator}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
