import type { CheckedBody } from '../../../shared/backup/checkBackup';
import type { LastBackup } from '../../../shared/domain/settingValues';
import { readSetting } from '../../../shared/domain/settingValues';
import { defineCommands } from '../command';
import type { EntityWriter } from '../entityWriter';
import { SiteExistsError, NotFoundError } from '../errors';
import { activeSiteId, deleteSiteRows, retireChain, siteCounts, siteRowTables, writeRestored } from './siteRows';

export type RestoreMode = 'new' | 'replace';

/** Deletes a site's rows, recording on its own chain what went. */
export async function removeSite(w: EntityWriter, siteId: string): Promise<void> {
  const site = await w.db.sites.get(siteId);
  if (!site) throw new NotFoundError('sites', siteId);
  const counts = await siteCounts(w.db, siteId);
  await deleteSiteRows(w.db, siteId);
  await w.record({
    action: 'delete',
    table: 'sites',
    entityId: siteId,
    siteId,
    before: { name: site.name, counts },
    after: null,
  });
}

/** Restores, deletes and notes backups of whole sites. Each is one transaction: all or nothing. */
export const backupCommands = defineCommands('backup', {
  /**
   * Restores a checked file: as a site of its own (refused when this laptop has that
   * site: replacing it is the other choice), or in place of the current site (whose
   * backup the screen has taken first). The file's audit trail takes the site's chain,
   * and the restore is recorded at its end.
   */
  restoreSite: {
    tables: siteRowTables,
    run: async (w, { body, mode, fileName }: { body: CheckedBody; mode: RestoreMode; fileName: string }) => {
      const { site } = body;
      const current = await activeSiteId(w.db);
      const exists = (await w.db.sites.get(site.id)) !== undefined;
      if (exists && (mode === 'new' || site.id !== current)) throw new SiteExistsError(site.name);
      if (mode === 'replace' && current) await removeSite(w, current);
      await retireChain(w.db, site.id, w.at);
      await writeRestored(w.db, body);
      await w.setSetting('activeSiteId', site.id);
      await w.record({
        action: 'restore',
        table: 'sites',
        entityId: site.id,
        siteId: site.id,
        before: null,
        after: { name: site.name, fileName, rows: body.audit.length },
      });
      return { siteId: site.id, name: site.name };
    },
  },
  /** Deletes a site that is not the one the post works on (the screen has taken its backup first). */
  deleteSite: {
    tables: siteRowTables,
    run: async (w, { siteId }: { siteId: string }) => {
      if (siteId === (await activeSiteId(w.db))) throw new Error('the current site is replaced, not deleted');
      await removeSite(w, siteId);
    },
  },
  /** Makes another site the one the post works on. */
  switchSite: {
    tables: ['sites'],
    by: 'anyone',
    run: async (w, { siteId }: { siteId: string }) => {
      if (!(await w.db.sites.get(siteId))) throw new NotFoundError('sites', siteId);
      await w.setSetting('activeSiteId', siteId);
    },
  },
  /** Remembers a site's last backup: when the next is due, and where to find it. A preference of this laptop, not audited. */
  noteBackup: {
    tables: [],
    by: 'anyone',
    run: async (w, last: LastBackup) => {
      const all = readSetting('lastBackups', (await w.db.settings.get('lastBackups'))?.value) ?? {};
      await w.setSetting('lastBackups', { ...all, [last.siteId]: last });
    },
  },
});
