import { readFile } from 'node:fs/promises';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { CordonApp } from '../pages/CordonApp';
import { keepScreenshot } from '../support/screenshots';

// 04:55 in Shanghai, in the demo's night shift (00:00–08:00); the day shift starts at 08:00.
const START = new Date('2026-11-28T04:55:00+08:00');
const MIN = 60_000;

const w = {
  'zh-CN': {
    never: '尚未备份',
    download: '下载备份',
    before: '上次备份：3 小时前',
  },
  en: {
    never: 'Never backed up',
    download: 'Download backup',
    before: 'Backed up 3 h ago',
  },
} as const;

/** Clicks the reminder's button and reads the downloaded file's first line as its header. */
async function downloadBackup(page: Page, label: string): Promise<{ name: string; header: Record<string, unknown> }> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('banner').getByRole('button', { name: label }).click(),
  ]);
  const text = await readFile(await download.path(), 'utf8');
  const header = JSON.parse(text.slice(0, text.indexOf('\n'))) as Record<string, unknown>;
  return { name: download.suggestedFilename(), header };
}

/** How far an element's content runs past its box: more than 0 is cut off (or an ellipsis). */
async function overflowOf(locator: Locator): Promise<number> {
  return locator.evaluate((el) => el.scrollWidth - el.clientWidth);
}

for (const lang of ['zh-CN', 'en'] as const) {
  test(`${lang}: a browser reminds the operator to download a backup each shift, and the download is a backup of the site`, async ({
    page,
  }) => {
    const l = w[lang];
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.clock.install({ time: START });
    const app = new CordonApp(page);
    await app.openOverview();
    if (lang === 'en') await app.switchLanguage();
    const header = page.getByRole('banner');
    const reminder = header.getByRole('button', { name: l.download });

    // None yet, and the demo site has an audit trail: the header asks for one.
    await expect(header.getByText(l.never)).toBeVisible();
    const { name, header: first } = await downloadBackup(page, l.download);
    expect(name).toMatch(/^香樟苑-.*-manual\.cordon$/);
    expect(first).toMatchObject({
      format: 'cordon-backup',
      formatVersion: 1,
      reason: 'manual',
      site: { name: '香樟苑' },
    });
    const counts = first.counts as Record<string, number>;
    expect(counts.sites).toBe(1);
    expect(counts.entrances).toBeGreaterThan(0);
    expect(counts.people).toBeGreaterThan(0);
    expect(counts.audit).toBeGreaterThan(0);
    await expect(reminder).toHaveCount(0);
    const height = await header.evaluate((el) => el.getBoundingClientRect().height);

    // The day shift starts at 08:00: the backup of 04:55 is from before it.
    await page.clock.fastForward(3 * 60 * MIN + 6 * MIN);
    await expect(page.getByTestId('clock')).toContainText('08:01');
    await expect(header.getByText(l.before)).toBeVisible();
    await expect(reminder).toBeVisible();
    // One row at laptop width: nothing runs past the header, the site's name is whole, nothing wraps.
    expect(await overflowOf(header)).toBeLessThanOrEqual(0);
    expect(await overflowOf(header.getByRole('heading', { level: 1 }))).toBeLessThanOrEqual(0);
    expect(await overflowOf(header.getByText(l.before))).toBeLessThanOrEqual(0);
    expect(await header.evaluate((el) => el.getBoundingClientRect().height)).toBe(height);
    await keepScreenshot(page, `backup-reminder-${lang}`);

    const { header: second } = await downloadBackup(page, l.download);
    expect(second.createdAt).toBeGreaterThan(first.createdAt as number);
    await expect(reminder).toHaveCount(0);
    await expect(header.getByText(l.before)).toHaveCount(0);
  });
}

/** What the stand-in host answers a backup with, and the reasons of the backups it was given. */
interface StandIn {
  answer: { written: true; path: string } | { written: false; reason: string; message: string };
  reasons: string[];
}
declare global {
  interface Window {
    backupHost?: StandIn;
  }
}

/**
 * An Electron host stood in for in the page (window.cordon, which the app takes when it
 * is there), so the schedule, which runs only in Electron, runs here: it keeps nothing,
 * answers each backup as the test says, and notes each backup's reason from its header.
 */
async function standInForElectron(page: Page, answer: StandIn['answer']): Promise<void> {
  await page.addInitScript((first) => {
    const host: StandIn = { answer: first, reasons: [] };
    window.backupHost = host;
    const done = <T>(value: T) => Promise.resolve(value);
    Object.defineProperty(window, 'cordon', {
      value: {
        getAppInfo: () =>
          done({
            host: 'electron',
            version: '0.1.0',
            platform: 'linux',
            userDataPath: '/home/op/.config/Cordon',
            documentsPath: null,
          }),
        saveFile: () => done({ saved: false }),
        openFile: () => done({ opened: false, reason: 'cancelled' }),
        printSheet: () => done({ done: false, reason: 'cancelled', message: '' }),
        sheetReady: () => done({ ok: true }),
        listSheets: () => done([]),
        openSheet: () => done({ opened: false }),
        openWall: () => done({ opened: true }),
        writeBackup: (request: { data: Uint8Array }) => {
          const text = new TextDecoder().decode(request.data);
          host.reasons.push((JSON.parse(text.slice(0, text.indexOf('\n'))) as { reason: string }).reason);
          return done(host.answer);
        },
        listBackups: () => done([]),
        readBackup: () => done({ opened: false, reason: 'cancelled' }),
        showBackup: () => done({ shown: false }),
      },
    });
  }, answer);
}

const problems = {
  'zh-CN': {
    failure: { written: false, reason: 'no-space', message: 'ENOSPC: no space left on device, write' },
    says: /备份失败：磁盘已满.*插入 U 盘/,
    system: /ENOSPC: no space left on device/,
    retry: '重试',
  },
  en: {
    failure: { written: false, reason: 'not-writable', message: "EACCES: permission denied, open '/x/.cordon-1.tmp'" },
    says: /Backup failed: the backup folder cannot be written to\..*Backup folder: \/home\/op\/\.config\/Cordon\/backups\/[\w-]+\. Check its permissions/,
    system: /EACCES: permission denied/,
    retry: 'Try again',
  },
} as const;

for (const lang of ['zh-CN', 'en'] as const) {
  test(`${lang}: in Electron a backup is taken by itself, a failure shows at once until one is written, and each shift has its own`, async ({
    page,
  }) => {
    const p = problems[lang];
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.clock.install({ time: new Date('2026-11-28T07:50:00+08:00') });
    await standInForElectron(page, p.failure);
    const app = new CordonApp(page);
    await app.openOverview();
    if (lang === 'en') await app.switchLanguage();
    const reasons = () => page.evaluate(() => window.backupHost?.reasons ?? []);

    // The first backup is taken at start, and its failure is said at once, in plain words.
    const alert = page.getByRole('alert').filter({ hasText: p.says });
    await expect(alert).toBeVisible();
    await expect(alert).toContainText(p.system);
    // The header offers no download: Electron backs up by itself.
    await expect(page.getByRole('banner').getByRole('button', { name: w[lang].download })).toHaveCount(0);
    await keepScreenshot(page, `backup-problem-${lang}`);

    // Trying again once the disk has room: written, and the line goes.
    await page.evaluate(() => {
      if (window.backupHost)
        window.backupHost.answer = { written: true, path: '/home/op/.config/Cordon/backups/x.cordon' };
    });
    await alert.getByRole('button', { name: p.retry }).click();
    await expect(alert).toHaveCount(0);
    // The first backup and the one tried again (the schedule tries again each minute too).
    expect(new Set(await reasons())).toEqual(new Set(['interval']));

    // The day shift starts at 08:00: its own backup, by the clock alone.
    await page.clock.fastForward(11 * MIN);
    await expect(page.getByTestId('clock')).toContainText('08:01');
    await expect.poll(reasons).toContain('shift-change');
    expect((await reasons()).filter((r) => r === 'shift-change')).toHaveLength(1);
  });
}
