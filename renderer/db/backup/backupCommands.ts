import type { CheckedBody } from '../../../shared/backup/checkBackup';
import type { LastBackup } from '../../../shared/domain/settingValues';
import { readSetting } from '../../../shared/domain/settingValues';
import { defineCommands } from '../command';
import type { EntityWriter } from '../entityWriter';
import { CurrentSiteError, NotFoundError, SiteElsewhereError, SiteExistsError } from '../errors';
import {
  activeSiteId,
  assertBackedUp,
  deleteSiteRows,
  retireChain,
  siteCounts,
  siteRowTables,
  writeRestored,
  type BackedUp,
} from './siteRows';

export type RestoreMode = 'new' | 'replace';

/** Deletes a site's rows, once it is as its backup holds it, recording on its own chain what went. */
export async function removeSite(w: EntityWriter, siteId: string, backedUp: BackedUp | null): Promise<void> {
  const site = await w.db.sites.get(siteId);
  if (!site) throw new NotFoundError('sites', siteId);
  await assertBackedUp(w.db, siteId, backedUp);
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
    run: async (w, input: { body: CheckedBody; mode: RestoreMode; fileName: string; backedUp: BackedUp | null }) => {
      const { body, mode, fileName, backedUp } = input;
      const { site } = body;
      const current = await activeSiteId(w.db);
      const exists = (await w.db.sites.get(site.id)) !== undefined;
      if (exists && mode === 'new') throw new SiteExistsError(site.name);
      if (exists && site.id !== current) throw new SiteElsewhereError(site.name);
      if (mode === 'replace' && current) await removeSite(w, current, backedUp);
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
    run: async (w, { siteId, backedUp }: { siteId: string; backedUp: BackedUp | null }) => {
      const site = await w.db.sites.get(siteId);
      if (site && siteId === (await activeSiteId(w.db))) throw new CurrentSiteError(site.name);
      await removeSite(w, siteId, backedUp);
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
    tables: ['settings'],
    by: 'anyone',
    run: async (w, last: LastBackup) => {
      const all = readSetting('lastBackups', (await w.db.settings.get('lastBackups'))?.value) ?? {};
      await w.setSetting('lastBackups', { ...all, [last.siteId]: last });
    },
  },
});
