import { localDate, localTime } from '../../../shared/time/zoned';
import type { EntityWriter } from '../../db/entityWriter';

/**
 * An instant as the site's clock says it ("2022-04-02 10:05"), for a refusal's message:
 * the command does not know the screen's locale, but the post reads times on the site's clock.
 */
export async function siteTime(w: EntityWriter, siteId: string, at: number): Promise<string> {
  const site = await w.db.sites.get(siteId);
  const zone = site?.timeZone ?? 'Asia/Shanghai';
  return `${localDate(at, zone)} ${localTime(at, zone)}`;
}
