import type { LastBackup } from '../../../shared/domain/settingValues';
import { readSetting } from '../../../shared/domain/settingValues';
import { defineQuery } from '../live/query';

/** A site's last backup made on this laptop, or null before the first. */
export const lastBackupOf = defineQuery(
  'lastBackupOf',
  async (db, siteId: string | null): Promise<LastBackup | null> => {
    if (siteId === null) return null;
    const all = readSetting('lastBackups', (await db.settings.get('lastBackups'))?.value);
    return all?.[siteId] ?? null;
  },
);
