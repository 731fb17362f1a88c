import { readFile, truncate, writeFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { CordonApp } from '../pages/CordonApp';
import { keepScreenshot } from '../support/screenshots';
import { dumpStore, type StoreDump } from '../support/storeDump';

/**
 * The "done when": export the demo with a passphrase, start an empty site, restore
 * the file, and find every entrance, shift, round and audit row back, the chain verified.
 */
const PASSPHRASE = '香樟苑-封控-2021';

/** A site's rows by table, without the audit trail's local running numbers and chain names. */
function siteRows(dump: StoreDump, siteId: string): Record<string, unknown[]> {
  const out: Record<string, unknown[]> = {};
  for (const [table, rows] of Object.entries(dump)) {
    if (table === 'settings') continue;
    const mine = rows.filter((r) => {
      const row = r as { id?: unknown; siteId?: unknown; chain?: unknown };
      // The site's own chain: rows it held before a restore move to a retired chain of their own.
      if (table === 'audit') return row.chain === siteId;
      return table === 'sites' ? row.id === siteId : row.siteId === siteId;
    });
    out[table] =
      table === 'audit'
        ? mine.map((r) =>
            Object.fromEntries(Object.entries(r as object).filter(([key]) => key !== 'seq' && key !== 'chain')),
          )
        : mine.sort((a, b) => String((a as { id?: unknown }).id).localeCompare(String((b as { id?: unknown }).id)));
  }
  return out;
}

async function siteIdOf(page: Page): Promise<string> {
  const dump = await dumpStore(page);
  const site = (dump.sites?.[0] ?? null) as { id: string } | null;
  if (!site) throw new Error('no site');
  return site.id;
}

test('export the demo with a passphrase, start an empty site, restore it: every row back, the chain verified', async ({
  page,
}, testInfo) => {
  const app = new CordonApp(page);
  await app.openOverview();
  await app.changeEntranceState('沿街门洞3', '管控开放', '救护车接透析病人');
  const siteId = await siteIdOf(page);
  const before = siteRows(await dumpStore(page), siteId);
  expect(before.entrances).toHaveLength(6);

  // Export, sealed with a passphrase typed twice.
  await app.goTo('设置');
  await page.getByRole('button', { name: '导出现场…' }).click();
  const exporting = page.getByRole('dialog', { name: '导出现场“香樟苑”' });
  await exporting.getByLabel('密码（可不填）').fill(PASSPHRASE);
  await exporting.getByLabel('再次输入密码').fill('香樟苑-封控-2022');
  await exporting.getByRole('button', { name: '导出' }).click();
  await expect(exporting.getByRole('alert')).toHaveText(/两次输入的密码不一致/);
  await exporting.getByLabel('再次输入密码').fill(PASSPHRASE);
  const download = page.waitForEvent('download');
  await exporting.getByRole('button', { name: '导出' }).click();
  const file = testInfo.outputPath('export.cordon');
  await (await download).saveAs(file);
  await expect(exporting.getByRole('status')).toContainText(/已导出 香樟苑-.*\.cordon：\d+ 条记录，已加密。/);
  await keepScreenshot(page, 'backup-export-done-zh');
  await exporting.getByRole('button', { name: '关闭' }).click();
  const bytes = await readFile(file);
  const header = JSON.parse(bytes.subarray(0, bytes.indexOf(0x0a)).toString('utf8')) as {
    site: { name: string };
    encryption: { cipher: string } | null;
    counts: Record<string, number>;
  };
  expect(header).toMatchObject({ site: { name: '香樟苑' }, encryption: { cipher: 'AES-GCM' } });
  expect(header.counts.entrances).toBe(6);
  // Nothing private shows through the cipher.
  expect(bytes.toString('utf8')).not.toContain('救护车接透析病人');

  // An empty site in its place: the confirmation names what goes, with counts.
  await page.getByRole('button', { name: '新建空白现场' }).click();
  const emptying = page.getByRole('dialog', { name: '新建空白现场' });
  await expect(emptying).toContainText(/将删除：出入口 6、岗位 \d+、人员 \d+/);
  await keepScreenshot(page, 'backup-confirm-counts-zh');
  await emptying.getByLabel('新现场名称').fill('临时现场');
  const firstBackup = page.waitForEvent('download');
  await emptying.getByRole('button', { name: '确定' }).click();
  await firstBackup;
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('临时现场');

  // Restore: a wrong passphrase is refused, the right one shows what the file holds.
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: '从文件恢复…' }).click();
  await (await chooser).setFiles(file);
  const restoring = page.getByRole('dialog', { name: '从备份恢复' });
  await restoring.getByLabel('密码（可不填）').fill('wrong-passphrase');
  await restoring.getByRole('button', { name: '检查文件' }).click();
  await expect(restoring.getByRole('alert')).toHaveText('密码不正确，无法解密这份备份。');
  await restoring.getByLabel('密码（可不填）').fill(PASSPHRASE);
  await restoring.getByRole('button', { name: '检查文件' }).click();
  const preview = restoring.getByRole('listitem');
  await expect(preview.filter({ hasText: '香樟苑' }).first()).toBeVisible();
  await expect(restoring).toContainText(/审计记录链：已校验，\d+ 条，链首 [0-9a-f]{16}/);
  await expect(restoring).toContainText(/出入口 6/);
  await keepScreenshot(page, 'backup-restore-preview-zh');
  await restoring.getByRole('button', { name: '恢复为另一个现场' }).click();
  await expect(restoring.getByRole('status')).toContainText(/已恢复现场“香樟苑”：\d+ 条记录，审计记录链已校验。/);
  await restoring.getByRole('button', { name: '关闭' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('香樟苑');

  // Every row of every table is back as it was; the audit trail is the file's, then the restore.
  const after = siteRows(await dumpStore(page), siteId);
  for (const [table, rows] of Object.entries(before)) {
    if (table === 'audit') continue;
    expect(after[table], table).toEqual(rows);
  }
  expect(after.audit?.slice(0, before.audit?.length)).toEqual(before.audit);
  expect(after.audit?.at(-1)).toMatchObject({ action: 'restore', operator: '陈静' });
  // What the laptop still held on the site's chain after the reset (the demo's deletion with it) is kept, retired.
  const retired = (await dumpStore(page)).audit?.filter((r) =>
    String((r as { chain?: unknown }).chain).startsWith(`${siteId}~`),
  );
  expect(retired?.length).toBeGreaterThan(before.audit?.length ?? 0);
  await app.goTo('总览');
  await app.waitReady();
  await expect(app.entranceTile('沿街门洞3').getByTestId('entrance-state')).toHaveText('管控开放');

  // The two sites are both on the laptop now; the empty one can be deleted, after a confirmation with counts.
  await app.goTo('设置');
  await page.getByRole('button', { name: '删除… 临时现场' }).click();
  const deleting = page.getByRole('dialog', { name: '删除现场“临时现场”' });
  await expect(deleting).toContainText('将删除：');
  const deleteBackup = page.waitForEvent('download');
  await deleting.getByRole('button', { name: '删除…' }).click();
  await deleteBackup;
  await expect(page.getByRole('status').filter({ hasText: '已删除现场“临时现场”' })).toContainText('备份已下载');
});

test('a bad file is refused with a message in English, and nothing is written', async ({ page }, testInfo) => {
  const app = new CordonApp(page);
  await app.openEnglishDemo();
  const before = await dumpStore(page);
  await app.goTo(app.w.settings);
  const cases: [string, Buffer, RegExp][] = [
    ['empty.cordon', Buffer.alloc(0), /The file is empty \(0 bytes\)/],
    ['package.cordon', Buffer.from('{"name":"cordon","version":"1.0.0"}\n'), /not a Cordon backup file/],
    ['random.cordon', Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)), /not a Cordon backup/],
  ];
  for (const [name, bytes, message] of cases) {
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Restore from a file…' }).click();
    await (await chooser).setFiles({ name, mimeType: 'application/octet-stream', buffer: bytes });
    const dialog = page.getByRole('dialog', { name: 'Restore from a backup' });
    await expect(dialog.getByRole('alert')).toHaveText(message);
    await expect(dialog.getByRole('alert')).toContainText('Nothing on this laptop was changed.');
    await keepScreenshot(page, `backup-refused-${name.replace('.cordon', '')}-en`);
    await dialog.getByRole('button', { name: 'Close' }).click();
  }
  // A 2 GB file is refused before it is read (a sparse file: it takes no room on disk).
  const huge = testInfo.outputPath('huge.cordon');
  await writeFile(huge, '');
  await truncate(huge, 2 * 1024 ** 3);
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Restore from a file…' }).click();
  await (await chooser).setFiles(huge);
  const dialog = page.getByRole('dialog', { name: 'Restore from a backup' });
  await expect(dialog.getByRole('alert')).toHaveText(/The file is too large \(over 256 MB\)/);
  await dialog.getByRole('button', { name: 'Close' }).click();

  const after = await dumpStore(page);
  expect(after).toEqual(before);
});

test('Settings with backups, restore and sites reads whole in both languages at laptop and wall size', async ({
  page,
}) => {
  const app = new CordonApp(page);
  await app.openOverview();
  for (const lang of ['zh-CN', 'en'] as const) {
    if (app.lang !== lang) await app.switchLanguage();
    await app.goTo(app.w.settings);
    for (const [width, height] of [
      [1366, 768],
      [1920, 1080],
    ] as const) {
      await page.setViewportSize({ width, height });
      const panel = page.getByRole('region', { name: lang === 'zh-CN' ? '备份与恢复' : 'Backups and restore' });
      await panel.scrollIntoViewIfNeeded();
      await expect(panel).toBeVisible();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `${lang} ${width}`).toBeLessThanOrEqual(0);
      await expect(page.locator('body')).not.toContainText(/undefined|NaN|backup\.\w/);
      await keepScreenshot(page, `settings-backup-${lang}-${width}`);
    }
  }
});
