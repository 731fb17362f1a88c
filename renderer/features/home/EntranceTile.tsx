import type { Entrance } from '../../../shared/domain';
import type { PostStaffing } from '../../../shared/rules/staffing';
import { useI18n } from '../../i18n/useI18n';
import { EntranceStateLabel } from '../../ui/EntranceStateLabel';

export function EntranceTile({
  entrance,
  staffing,
  onChangeState,
}: {
  entrance: Entrance;
  staffing: PostStaffing | undefined;
  onChangeState: () => void;
}) {
  const { t } = useI18n();
  return (
    <li className={`entrance-tile state-${entrance.state}`} data-testid="entrance-tile" aria-label={entrance.name}>
      <div className="entrance-tile-head">
        <span className="entrance-number" aria-label={t('home.entranceNumber', { number: entrance.number })}>
          {entrance.number}
        </span>
        <div>
          <h3 className="entrance-name">{entrance.name}</h3>
          <span className="entrance-kind">{t(`entranceKind.${entrance.kind}`)}</span>
        </div>
      </div>
      <div className="entrance-tile-row">
        <div className="entrance-state" data-testid="entrance-state">
          <EntranceStateLabel state={entrance.state} size={26} />
        </div>
        <button type="button" className="button-secondary" onClick={onChangeState}>
          {t('entrance.changeState')}
        </button>
      </div>
      {staffing && (
        <div className={`entrance-staff level-${staffing.level}`}>
          {staffing.level === 'unstaffed'
            ? t('home.unstaffed')
            : t('home.staffCount', { count: staffing.people.length, min: staffing.post.minStaff })}
        </div>
      )}
    </li>
  );
}
