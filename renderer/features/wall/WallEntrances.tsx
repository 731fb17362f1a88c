import type { WallEntrance } from '../../../shared/wall/wallPicture';
import { EntranceStateLabel } from '../../ui/EntranceStateLabel';
import { useI18n } from '../../i18n/useI18n';

/** Every entrance by number, with its state as symbol and word, under the map. */
export function WallEntrances({ entrances }: { entrances: readonly WallEntrance[] }) {
  const { t } = useI18n();
  return (
    <ul className="wall-entrances" aria-label={t('wall.entrances')}>
      {entrances.map((e) => (
        <li key={e.id} className={e.offPlan ? 'is-off-plan' : undefined} data-testid="wall-entrance">
          <span className="wall-number">{e.number}</span>
          <span className="wall-entrance-name">{e.name}</span>
          <EntranceStateLabel state={e.state} size={18} />
          {/* The alert above says what it should be; here the mark points at it. */}
          {e.offPlan && (
            <span className="wall-off-plan" title={t('wall.offPlan', { state: t(`entranceState.${e.offPlan}`) })}>
              ▲
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}
