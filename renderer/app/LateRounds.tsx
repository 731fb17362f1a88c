import type { Site } from '../../shared/domain';
import { useLive } from '../db/live/useLive';
import { flaggedRoundsNow } from '../db/queries/patrolRounds';
import { formatNumber } from '../i18n/format';
import { useI18n } from '../i18n/useI18n';

/**
 * Beside the clock: how many patrol rounds are flagged now (late, missed, out too long,
 * ended short), a link to the patrols screen. Nothing when none is, so a count in the
 * header always means something to look at.
 */
export function LateRounds({ site, minute }: { site: Site | null; minute: number }) {
  const { t, locale } = useI18n();
  const flagged = useLive(flaggedRoundsNow, site?.id ?? null, minute).data ?? [];
  if (flagged.length === 0) return null;
  return (
    <a className="header-late" href="#/patrols" aria-label={t('header.lateRoundsLabel', { count: flagged.length })}>
      <span className="header-caption">{t('header.lateRounds')}</span>
      <strong data-testid="late-rounds">
        <span aria-hidden="true">⚠ </span>
        {formatNumber(flagged.length, locale)}
      </strong>
    </a>
  );
}
