import type { Entrance } from '../../../shared/domain';
import { useLive } from '../../db/live/useLive';
import { keepUnchanged } from '../../db/live/keepUnchanged';
import { entranceHistory } from '../../db/queries/entranceHistory';
import { formatTime } from '../../i18n/format';
import { useI18n } from '../../i18n/useI18n';

const sameRow = (a: unknown, b: unknown) => keepUnchanged(a, b) === a;

/**
 * What the state dialog says when the entrance it shows has changed since the operator
 * last looked (`seen`): the dialog is modal, so the change came from another window.
 * Null while `live` is still the row the operator saw.
 *
 * Who and when come from the entrance's last audit row, read while the dialog is open. It
 * names the change only once it holds the row now shown: the entrance and the audit are
 * read apart, and for a moment one answer may be newer than the other.
 */
export function useChangedElsewhere(seen: Entrance | null, live: Entrance | null, timeZone: string): string | null {
  const { t, locale } = useI18n();
  const last = useLive(entranceHistory, live?.id ?? null, 1).data?.[0];
  if (seen === null || live === null || seen.id !== live.id || sameRow(seen, live)) return null;
  const by = last !== undefined && last.entityId === live.id && sameRow(last.after, live) ? last : null;
  const params = {
    name: live.name,
    from: t(`entranceState.${seen.state}`),
    to: t(`entranceState.${live.state}`),
    ...(by ? { operator: by.operator, time: formatTime(by.at, locale, timeZone) } : {}),
  };
  // A change to anything but the state (its name, its place on the plan) still makes the
  // choice one made on an older row, and the command refuses it the same way.
  if (seen.state !== live.state) {
    return t(by ? 'entrance.changedElsewhere' : 'entrance.changedElsewhereUnknown', params);
  }
  return t(by ? 'entrance.editedElsewhere' : 'entrance.editedElsewhereUnknown', params);
}
