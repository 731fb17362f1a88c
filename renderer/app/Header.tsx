import type { Operator, Site } from '../../shared/domain';
import { useLive } from '../db/live/useLive';
import { shiftNow } from '../db/queries/currentShift';
import { shiftRangeText } from '../../shared/rules/shiftTimes';
import { formatClock, formatDate } from '../i18n/format';
import { useI18n } from '../i18n/useI18n';
import { useMinute } from '../hooks/useMinute';
import { useNow } from '../hooks/useNow';
import { LanguageSwitch } from '../ui/LanguageSwitch';
import { BackupProblem } from './BackupProblem';
import { BackupReminder } from './BackupReminder';
import { HeaderSearch } from './HeaderSearch';
import { LateRounds } from './LateRounds';
import { OpenWallButton } from './OpenWallButton';
import type { ShellBackups } from './useAutoBackup';
import type { useOpenWall } from './useOpenWall';
import { PRINT_CURRENT_SHIFT } from './usePrintShortcut';

export function Header({
  site,
  operator,
  onChangeOperator,
  wall,
  backups,
}: {
  site: Site | null;
  operator: Operator | null;
  onChangeOperator: () => void;
  wall: ReturnType<typeof useOpenWall>;
  backups: ShellBackups;
}) {
  const { t, locale } = useI18n();
  const now = useNow(1000);
  const tz = site?.timeZone ?? 'Asia/Shanghai';
  const minute = useMinute();
  const current = useLive(shiftNow, site?.id ?? null, minute).data;

  return (
    <header className="header">
      <div className="header-site">
        <span className="app-name">{t('app.name')}</span>
        <h1 className="site-name">{site?.name ?? t('header.noSite')}</h1>
      </div>
      <HeaderSearch site={site} />
      <BackupReminder site={site} minute={minute} shiftStartedAt={current?.shift.startsAt ?? null} backups={backups} />
      <div className="header-shift" aria-label={t('header.currentShift')}>
        <span className="header-caption">{t('header.currentShift')}</span>
        <strong data-testid="current-shift">
          {current
            ? t('header.shiftRange', {
                name: current.slotName ?? '',
                ...shiftRangeText(current.shift.startsAt, current.shift.endsAt, tz),
              })
            : t('header.noShift')}
        </strong>
      </div>
      <div className="header-clock" aria-label={t('header.clock')}>
        <span className="header-caption">{formatDate(now, locale, tz)}</span>
        <strong className="clock" data-testid="clock">
          {formatClock(now, locale, tz)}
        </strong>
      </div>
      <LateRounds site={site} minute={minute} />
      <OpenWallButton wall={wall} />
      <a
        className="button-quiet header-print"
        href={PRINT_CURRENT_SHIFT}
        title={t('sheets.printCurrentHint')}
        aria-keyshortcuts="Control+P"
      >
        {t('sheets.printCurrent')}
      </a>
      <div className="header-operator">
        <span className="header-caption">{t('header.operator')}</span>
        <strong data-testid="operator-name">{operator?.name ?? t('header.noOperator')}</strong>
        <button type="button" className="button-quiet" onClick={onChangeOperator}>
          {t('header.changeOperator')}
        </button>
      </div>
      <LanguageSwitch />
      <BackupProblem backups={backups} />
    </header>
  );
}
