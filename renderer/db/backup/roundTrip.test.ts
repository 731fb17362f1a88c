import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { backupTables } from '../../../shared/backup/backupBody';
import { BackupRefusedError } from '../../../shared/backup/checkBackup';
import { buildDemoSite } from '../../../shared/demo/buildDemoSite';
import { entranceSchema } from '../../../shared/domain';
import { inCommand, testContext } from '../testing/commandTesting';
import { makeTestDb } from '../testing/makeTestDb';
import { seededDemo } from '../testing/seededDemo';
import { chainHead } from '../auditChain';
import { ChangedSinceBackupError } from '../errors';
import { backupCommands } from './backupCommands';
import { makeBackupFile } from './makeBackupFile';
import { readBackupFile } from './readBackupFile';
import { readSiteBody } from './readSite';
import { v1BackupFile } from './testing/v1File';
import { verifyAuditTrail } from '../../../shared/audit/auditChain';
import { webSha256 } from '../sha256';

const now = Date.UTC(2021, 10, 28, 2, 12);

/** The demo with a few changes on top, so its audit chain is more than the seeding. */
async function demoWithChanges() {
  const demo = await seededDemo(now);
  // 沿街门洞3, sealed in the demo: both changes below are changes.
  const doorway = await demo.db.entrances.where('[siteId+number]').equals([demo.site.id, 3]).first();
  if (!doorway) throw new Error('no entrance');
  for (const state of ['controlled-open', 'sealed'] as const) {
    demo.ctx.tick(60_000);
    await inCommand(demo.ctx, ['entrances'], (w) =>
      w.update('entrances', entranceSchema, doorway.id, () => ({ state }), { reason: '救护车' }),
    );
  }
  return demo;
}

const factories = new WeakMap<object, IDBFactory>();

async function freshStore() {
  const factory = new IDBFactory();
  const db = makeTestDb({ factory });
  await db.open();
  const ctx = await testContext(db, now + 3_600_000);
  factories.set(ctx, factory);
  return ctx;
}

const refusal = (p: Promise<unknown>) =>
  p.then(
    () => null,
    (e: unknown) => (e instanceof BackupRefusedError ? e.problem.kind : e),
  );

describe('export and restore', () => {
  it('restores the demo as a new site on another store, every row as it was, the chain kept and extended', async () => {
    const { db, site } = await demoWithChanges();
    const file = await makeBackupFile(db, site.id, { reason: 'export', now, appVersion: 'test' });
    // The seeding and the two changes; signing on came before the site, on the laptop's chain.
    expect(file.header.counts).toMatchObject({ sites: 1, entrances: 6, audit: 3 });
    expect(file.fileName).toMatch(/\.cordon$/);

    const target = await freshStore();
    const checked = await readBackupFile(target.db, file.bytes, null);
    await backupCommands.restoreSite(target, {
      body: checked.body,
      mode: 'new',
      fileName: file.fileName,
      backedUp: null,
    });

    const before = await readSiteBody(db, site.id);
    const after = await readSiteBody(target.db, site.id);
    for (const name of backupTables) expect(after.tables[name], name).toEqual(before.tables[name]);
    expect(after.planAssets).toEqual(before.planAssets);
    // The file's trail, then the restore itself, on one chain that verifies.
    expect(after.audit.slice(0, -1)).toEqual(before.audit);
    expect(after.audit.at(-1)).toMatchObject({ action: 'restore', prevHash: file.header.chainHead });
    const reports = await verifyAuditTrail(await target.db.audit.toArray(), webSha256);
    expect(reports.every((r) => r.check.ok)).toBe(true);
    expect((await target.db.settings.get('activeSiteId'))?.value).toBe(site.id);
  });

  it('an encrypted export asks for its passphrase, refuses a wrong one, and restores with the right one', async () => {
    const { db, site } = await demoWithChanges();
    const file = await makeBackupFile(db, site.id, {
      reason: 'export',
      now,
      appVersion: 'test',
      passphrase: '香樟苑-2021',
    });
    expect(file.header.encryption).toMatchObject({ cipher: 'AES-GCM', kdf: 'PBKDF2-SHA-256', iterations: 600_000 });
    // No private text shows through the cipher.
    expect(new TextDecoder().decode(file.bytes)).not.toContain('000-0000-00');

    const target = await freshStore();
    expect(await refusal(readBackupFile(target.db, file.bytes, null))).toBe('passphrase-needed');
    expect(await refusal(readBackupFile(target.db, file.bytes, '香樟苑-2022'))).toBe('wrong-passphrase');
    const checked = await readBackupFile(target.db, file.bytes, '香樟苑-2021');
    expect(checked.body.tables.people.length).toBe(file.header.counts.people);
  });

  it('refuses a file changed after export, cut short, empty or not a backup, writing nothing', async () => {
    const { db, site } = await demoWithChanges();
    const file = await makeBackupFile(db, site.id, { reason: 'export', now, appVersion: 'test' });
    const target = await freshStore();
    const text = new TextDecoder().decode(file.bytes);

    const edited = new TextEncoder().encode(text.replace('沿街门洞3', '沿街门洞9'));
    expect(await refusal(readBackupFile(target.db, edited, null))).toBe('checksum');
    expect(await refusal(readBackupFile(target.db, file.bytes.subarray(0, file.bytes.length - 10), null))).toBe(
      'truncated',
    );
    expect(await refusal(readBackupFile(target.db, new Uint8Array(), null))).toBe('empty');
    expect(await refusal(readBackupFile(target.db, new TextEncoder().encode('{"name":"package"}\n{}'), null))).toBe(
      'not-backup',
    );
    expect(await target.db.sites.count()).toBe(0);
  });

  it('refuses a site this store already has as a new site, and replaces it when asked', async () => {
    const { db, site, ctx } = await demoWithChanges();
    const file = await makeBackupFile(db, site.id, { reason: 'export', now, appVersion: 'test' });
    const checked = await readBackupFile(db, file.bytes, null);
    await expect(
      backupCommands.restoreSite(ctx, { body: checked.body, mode: 'new', fileName: file.fileName, backedUp: null }),
    ).rejects.toThrow(/already on this laptop/);

    // A change after the export, then the file replaces the site: the change is gone, its audit rows retired, not deleted.
    const doorway = checked.body.tables.entrances[0];
    if (!doorway) throw new Error('no entrance');
    await inCommand(ctx, ['entrances'], (w) =>
      w.update('entrances', entranceSchema, doorway.id, () => ({ name: '改过的名字' })),
    );
    const auditBefore = await db.audit.count();
    // Only as the backup taken before it holds the site: a change since refuses the replace.
    const taken = { siteId: site.id, chainHead: await chainHead(db.audit, site.id) };
    await expect(
      backupCommands.restoreSite(ctx, { body: checked.body, mode: 'replace', fileName: file.fileName, backedUp: null }),
    ).rejects.toBeInstanceOf(ChangedSinceBackupError);
    await backupCommands.restoreSite(ctx, {
      body: checked.body,
      mode: 'replace',
      fileName: file.fileName,
      backedUp: taken,
    });
    expect((await db.entrances.get(doorway.id))?.name).toBe(doorway.name);
    const rows = await db.audit.toArray();
    // Kept: every row before, the site's deletion, the file's trail, and the restore.
    expect(rows.length).toBe(auditBefore + 1 + checked.body.audit.length + 1);
    const reports = await verifyAuditTrail(rows, webSha256);
    expect(reports.map((r) => r.check.ok)).not.toContain(false);
    expect(reports.map((r) => r.chain).filter((c) => c.startsWith(`${site.id}~`))).toHaveLength(1);
  });

  it('carries a file from store version 1 forward by the store migrations', async () => {
    const data = buildDemoSite({ now, language: 'zh-CN', idSalt: 'v1' });
    const site = data.sites[0];
    if (!site) throw new Error('no site');
    const audit = [1, 2, 3].map((n) => ({
      at: now + n,
      operator: '王伟',
      action: 'update',
      table: 'entrances',
      entityId: data.entrances[0]?.id,
      siteId: site.id,
      before: { state: 'sealed' },
      after: { state: 'closed', n },
    }));
    const file = await v1BackupFile(data, audit, now);
    const target = await freshStore();
    const checked = await readBackupFile(target.db, file, null);
    expect(checked.header.schemaVersion).toBe(1);
    await backupCommands.restoreSite(target, {
      body: checked.body,
      mode: 'new',
      fileName: 'v1.cordon',
      backedUp: null,
    });

    const restored = await readSiteBody(target.db, site.id);
    expect(restored.tables.people.length).toBe(data.people.length);
    expect(restored.tables.people.every((p) => p.active === true)).toBe(true);
    const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : 1);
    expect(restored.tables.shifts.map((s) => ({ id: String(s.id), name: s.name })).sort(byId)).toEqual(
      data.shifts.map((s) => ({ id: s.id, name: s.name })).sort(byId),
    );
    expect(restored.audit.slice(0, 3).map((r) => r.after)).toEqual(audit.map((r) => r.after));
    const reports = await verifyAuditTrail(await target.db.audit.toArray(), webSha256);
    expect(reports.map((r) => [r.chain, r.check.ok])).toContainEqual([site.id, true]);
    // No scratch store is left behind.
    const names = (await factories.get(target)?.databases())?.map((d) => d.name);
    expect(names).toEqual(['cordon-test']);
  });
});
