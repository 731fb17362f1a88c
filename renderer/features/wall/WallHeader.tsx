import type { WallShift, WallSite } from '../../../shared/wall/wallPicture';
import { shiftRangeText } from '../../../shared/rules/shiftTimes';
import { formatClock, formatDate } from '../../i18n/format';
import { useI18n } from '../../i18n/useI18n';
import { useNow } from '../../hooks/useNow';
import { untilText } from './untilText';

/** The wall's top line: the site and the day of the closure, the date and clock, the shift on and the next one. */
export function WallHeader({ site, shift, minute }: { site: WallSite; shift: WallShift | null; minute: number }) {
  const { t } = useI18n();
  const handover = shift ? (shift.next?.startsAt ?? shift.endsAt) : null;
  return (
    <header className="wall-header">
      <div className="wall-site">
        <h1>{site.name}</h1>
        {site.closureDay !== null && <span className="wall-day">{t('wall.closureDay', { day: site.closureDay })}</span>}
      </div>
      <WallClock timeZone={site.timeZone} />
      <div className="wall-shift" data-testid="wall-shift">
        {shift ? (
          <>
            <span className="wall-shift-name">
              {t('wall.shift', {
                name: shift.name ?? '',
                ...shiftRangeText(shift.startsAt, shift.endsAt, site.timeZone),
              })}
            </span>
            <span>{shift.leaderName ? t('wall.leader', { name: shift.leaderName }) : t('wall.noLeader')}</span>
            {handover !== null && handover > minute && (
              <span className="wall-next">{t('wall.handoverIn', { time: untilText(t, handover - minute) })}</span>
            )}
          </>
        ) : (
          <span>{t('wall.noShift')}</span>
        )}
      </div>
    </header>
  );
}

/** The only part of the wall that changes every second: drawn apart so nothing else re-renders with it. */
function WallClock({ timeZone }: { timeZone: string }) {
  const { locale } = useI18n();
  const now = useNow(1000);
  return (
    <div className="wall-clock">
      <span className="wall-date">{formatDate(now, locale, timeZone)}</span>
      <strong className="wall-time" data-testid="wall-clock">
        {formatClock(now, locale, timeZone)}
      </strong>
    </div>
  );
}
