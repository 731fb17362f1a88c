import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { backupTables } from '../../../shared/backup/backupBody';
import { verifyAuditTrail } from '../../../shared/audit/auditChain';
import { generateYear } from '../../../shared/demo/generateYear';
import { seedCommands } from '../seed';
import { testContext } from '../testing/commandTesting';
import { makeTestDb } from '../testing/makeTestDb';
import { webSha256 } from '../sha256';
import { backupCommands } from './backupCommands';
import { makeBackupFile } from './makeBackupFile';
import { readBackupFile } from './readBackupFile';
import { readSiteBody } from './readSite';

const now = Date.UTC(2022, 10, 28, 2, 12);

async function store(at: number) {
  const db = makeTestDb({ factory: new IDBFactory() });
  await db.open();
  return testContext(db, at);
}

describe('a generated year', () => {
  // About 125,000 rows: the file is some 45 MB, and this takes about 30 s under fake-indexeddb.
  it('exports, restores as a new site on another store, and comes back row for row', async () => {
    const source = await store(now);
    const data = generateYear({ now, language: 'zh-CN', idSalt: 'year' });
    await seedCommands.seedFirstSite(source, data);
    const site = data.sites[0];
    if (!site) throw new Error('no site');
    const file = await makeBackupFile(source.db, site.id, { reason: 'export', now, appVersion: 'test' });
    const rows = Object.values(file.header.counts).reduce((a, b) => a + b, 0);
    expect(rows).toBeGreaterThan(120_000);

    const target = await store(now + 1);
    const checked = await readBackupFile(target.db, file.bytes, null);
    await backupCommands.restoreSite(target, {
      body: checked.body,
      mode: 'new',
      fileName: file.fileName,
      backedUp: null,
    });

    const before = await readSiteBody(source.db, site.id);
    const after = await readSiteBody(target.db, site.id);
    for (const name of backupTables) expect(after.tables[name], name).toEqual(before.tables[name]);
    expect(after.audit.slice(0, -1)).toEqual(before.audit);
    const reports = await verifyAuditTrail(await target.db.audit.toArray(), webSha256);
    expect(reports.every((r) => r.check.ok)).toBe(true);
  }, 240_000);
});
