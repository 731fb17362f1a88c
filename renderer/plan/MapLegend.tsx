import { entranceStates } from '../../shared/domain/entranceValues';
import { useI18n } from '../i18n/useI18n';
import { EntranceStateLabel } from '../ui/EntranceStateLabel';
import { PostStaffingSymbol } from '../ui/PostStaffingSymbol';

export function MapLegend() {
  const { t } = useI18n();
  return (
    <>
      <h3>{t('map.legend')}</h3>
      <ul>
        {entranceStates.map((s) => (
          <li key={s}>
            <EntranceStateLabel state={s} />
          </li>
        ))}
      </ul>
      <ul>
        {(['staffed', 'below-minimum', 'unstaffed'] as const).map((level) => (
          <li key={level} className="state-label">
            <PostStaffingSymbol level={level} /> {t(`map.post.${level}`)}
          </li>
        ))}
      </ul>
    </>
  );
}
