import { useI18n } from '../i18n/useI18n';
import type { useOpenWall } from './useOpenWall';
import { WALL_SHORTCUT } from './useWallShortcut';

/** The header's way to the wall screen; says so when a browser blocked the new tab. */
export function OpenWallButton({ wall }: { wall: ReturnType<typeof useOpenWall> }) {
  const { t } = useI18n();
  return (
    <>
      <button
        type="button"
        className="button-quiet header-wall"
        onClick={wall.open}
        title={t('wall.openHint')}
        aria-keyshortcuts={WALL_SHORTCUT}
      >
        {t('wall.open')}
      </button>
      {wall.blocked && (
        <p className="header-wall-blocked" role="alert">
          {t('wall.blocked')}
        </p>
      )}
    </>
  );
}
