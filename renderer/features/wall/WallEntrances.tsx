import type { WallEntrance } from '../../../shared/wall/wallPicture';
import { EntranceStateLabel } from '../../ui/EntranceStateLabel';
import { useI18n } from '../../i18n/useI18n';

/** Every entrance by number, with its state as symbol and word, under the map. */
export function WallEntrances({ entrances }: { entrances: readonly WallEntrance[] }) {
  const { t } = useI18n();
  return (
    <ul className="wall-entrances" aria-label={t('wall.entrances')}>
      {entrances.map((e) => (
        <li
          key={e.id}
          className={e.offPlan ? 'is-off-plan' : undefined}
          data-testid="wall-entrance"
          title={e.offPlan ? t('wall.offPlan', { state: t(`entranceState.${e.offPlan}`) }) : undefined}
        >
          {/* Off its plan, the number is inverted (read in black and white too); the alerts say what it should be. */}
          <span className="wall-number">{e.number}</span>
          <span className="wall-entrance-name">{e.name}</span>
          <EntranceStateLabel state={e.state} size={18} />
        </li>
      ))}
    </ul>
  );
}
