import { useEffect, useRef } from 'react';
import type { Site } from '../../../../shared/domain';
import { localTime } from '../../../../shared/time/zoned';
import { useLive } from '../../../db/live/useLive';
import { flaggedRoundsNow } from '../../../db/queries/patrolRounds';
import { useI18n } from '../../../i18n/useI18n';
import { useServices } from '../../../services/useServices';
import { missedEntryId } from './missedEntryId';

/**
 * Writes each round that becomes missed into the post's log, as the minutes pass, while
 * an operator's window is open (the wall screen does not mount it). Rounds already
 * written in this window are remembered so a round is asked about once; the command
 * itself writes nothing for a round another window has written.
 */
export function useMissedRoundsLog(site: Site | null, minute: number): void {
  const services = useServices();
  const { t } = useI18n();
  const flagged = useLive(flaggedRoundsNow, site?.id ?? null, minute).data;
  const written = useRef(new Set<string>());
  useEffect(() => {
    if (!site || !flagged) return;
    const missed = flagged.filter(
      (r) => r.state.status === 'missed' && !written.current.has(missedEntryId(r.route.id, r.dueAt)),
    );
    if (missed.length === 0) return;
    void (async () => {
      const { missedRoundCommands } = await import('./commands');
      for (const r of missed) {
        const key = missedEntryId(r.route.id, r.dueAt);
        written.current.add(key);
        const text = t('patrolWatch.missed', { route: r.route.name, due: localTime(r.dueAt, site.timeZone) });
        await missedRoundCommands
          .logMissedRound(services, {
            siteId: site.id,
            routeId: r.route.id,
            dueAt: r.dueAt,
            missedAt: r.nextDueAt ?? minute,
            text,
          })
          // A failed write is tried again at the next answer.
          .catch(() => written.current.delete(key));
      }
    })();
  }, [flagged, site, services, t, minute]);
}
