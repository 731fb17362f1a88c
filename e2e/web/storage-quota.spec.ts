import { randomBytes } from 'node:crypto';
import { crc32, deflateSync } from 'node:zlib';
import { chromium, expect, test, type Locator, type Page } from '@playwright/test';
import { CordonApp, type Lang } from '../pages/CordonApp';
import { chromiumArgs, chromiumExecutable } from '../support/chromium';
import { keepScreenshot } from '../support/screenshots';

// A fixed moment keeps the app from writing by itself mid-test (a round turning missed).
const NOW = new Date('2026-11-28T10:00:00+08:00');

const w = {
  'zh-CN': {
    settings: '设置',
    map: '地图',
    panel: '本机存储',
    persistent: '长期保留',
    granted: '已获准：浏览器不会自行清除这些数据',
    denied: '未获准：磁盘空间不足时，浏览器可能清除这些数据',
    used: '已用空间',
    quota: '存储上限',
    share: (percent: string) => `已用 ${percent}`,
    shareLabel: '已用空间占存储上限的比例',
    fixedQuota: /^浏览器报告的上限是一个固定值（已用空间加 10 GB）/,
    anyNearlyFull: /快满了/,
    nearlyFull: (percent: string) =>
      `存储空间已用 ${percent}，快满了。请先导出或备份数据，再删除不用的现场或清理磁盘空间，否则之后的修改可能无法保存。`,
    importPlan: '导入平面图',
    replacePlan: '更换平面图',
    choose: '选择文件…',
    save: '保存',
    full: '保存失败：本机存储空间已满，这次的修改没有保存。请先导出或备份数据，再删除不用的现场或清理磁盘空间，然后重试。',
  },
  en: {
    settings: 'Settings',
    map: 'Map',
    panel: 'Storage on this computer',
    persistent: 'Kept for good',
    granted: 'Granted: the browser will not clear this data by itself',
    denied: 'Not granted: the browser may clear this data when the disk runs short of space',
    used: 'Space used',
    quota: 'Quota',
    share: (percent: string) => `${percent} used`,
    shareLabel: 'Share of the quota used',
    fixedQuota: /^The browser reports the quota as a fixed figure \(the space used plus 10 GB\)/,
    anyNearlyFull: /^Storage is .* full\./,
    nearlyFull: (percent: string) =>
      `Storage is ${percent} full. Export or back up the data first, then delete sites no longer in use or free space on the disk, or later changes may not be saved.`,
    importPlan: 'Import plan picture',
    replacePlan: 'Replace plan picture',
    choose: 'Choose a file…',
    save: 'Save',
    full: 'Not saved: the storage on this computer is full, and nothing of this change was saved. Export or back up the data first, then delete sites no longer in use or free space on the disk, and try again.',
  },
} as const;

const MB = 1e6;

/** What the browser says the origin holds and may hold, asked in the page as the app asks it. */
function browserEstimate(page: Page): Promise<{ usage: number; quota: number; persisted: boolean }> {
  return page.evaluate(async () => {
    const { usage = NaN, quota = NaN } = await navigator.storage.estimate();
    return { usage, quota, persisted: await navigator.storage.persisted() };
  });
}

/** A size as the panel writes it ("5.62 MB"), back in bytes. */
function bytesOf(text: string): number {
  const match = /^([\d.]+) (kB|MB|GB)$/.exec(text.trim());
  if (!match) throw new Error(`not a size: ${text}`);
  return Number(match[1]) * { kB: 1e3, MB: 1e6, GB: 1e9 }[match[2] as 'kB' | 'MB' | 'GB'];
}

/** The definition the panel gives beside a term, found by the term's words. */
async function fact(panel: Locator, term: string): Promise<string> {
  await expect(panel.getByRole('term').filter({ hasText: term })).toBeVisible();
  const terms = await panel.getByRole('term').allInnerTexts();
  return panel.getByRole('definition').nth(terms.indexOf(term)).innerText();
}

/** Within the three figures the panel gives a size to. */
function expectAbout(shown: number, actual: number): void {
  expect(Math.abs(shown - actual) / actual).toBeLessThan(0.005);
}

/**
 * A plan picture of the demo plan's shape (10:7, so it is fitted and moves nothing) whose
 * every pixel is noise: a PNG of it cannot be smaller than its pixels, about 12 MB.
 */
function noisePng(width = 2400, height = 1680): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const head = Buffer.alloc(4);
    head.writeUInt32BE(data.length);
    const tail = Buffer.alloc(4);
    tail.writeUInt32BE(crc32(body));
    return Buffer.concat([head, body, tail]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB
  const raw = randomBytes((width * 3 + 1) * height);
  for (let y = 0; y < height; y++) raw[y * (width * 3 + 1)] = 0; // each row unfiltered
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 0 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** What a person checks the store by after a failed save: how many rows each table has, and what the plan points at. */
interface StoreState {
  counts: Record<string, number>;
  planAssetKeys: string[];
  sitePlans: { kind: string; blobKey: string | null }[];
  lastAudit: { table: string; entityId: string; action: string } | null;
}

/** Reads the app's IndexedDB with the raw API, in one read-only transaction: one moment of it. */
function storeState(page: Page): Promise<StoreState> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('cordon');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error ?? new Error('the store does not open'));
    });
    try {
      const names = [...db.objectStoreNames];
      const tx = db.transaction(names, 'readonly');
      const ask = <T>(req: IDBRequest<T>) =>
        new Promise<T>((resolve, reject) => {
          req.onsuccess = () => resolve(req.result);
          req.onerror = () => reject(req.error ?? new Error('a read failed'));
        });
      const counts: Record<string, number> = {};
      for (const name of names) counts[name] = await ask(tx.objectStore(name).count());
      const planAssetKeys = (await ask(tx.objectStore('planAssets').getAllKeys())).map(String);
      const sites = (await ask(tx.objectStore('sites').getAll())) as { plan: { kind: string; blobKey?: string } }[];
      const last = await ask(tx.objectStore('audit').openCursor(null, 'prev'));
      const audit = last?.value as { table: string; entityId: string; action: string } | undefined;
      return {
        counts,
        planAssetKeys,
        sitePlans: sites.map((s) => ({ kind: s.plan.kind, blobKey: s.plan.blobKey ?? null })),
        lastAudit: audit ? { table: audit.table, entityId: audit.entityId, action: audit.action } : null,
      };
    } finally {
      db.close();
    }
  });
}

async function openSettings(app: CordonApp, lang: Lang): Promise<Locator> {
  await app.goTo(w[lang].settings);
  const panel = app.page.getByRole('region', { name: w[lang].panel });
  await expect(panel).toBeVisible();
  return panel;
}

for (const lang of ['zh-CN', 'en'] as const) {
  const t = w[lang];

  test(`Settings says whether the data is kept for good, the space used and the quota (${lang})`, async ({ page }) => {
    await page.clock.setFixedTime(NOW);
    const app = new CordonApp(page);
    await app.openOverview(lang === 'en' ? 'Chen Jing' : '陈静');
    if (lang === 'en') await app.switchLanguage();
    const panel = await openSettings(app, lang);

    const browser = await browserEstimate(page);
    expect(await fact(panel, t.persistent)).toBe(browser.persisted ? t.granted : t.denied);
    expectAbout(bytesOf(await fact(panel, t.used)), browser.usage);
    expectAbout(bytesOf(await fact(panel, t.quota)), browser.quota);
    // Chromium reports the space used plus 10 GiB, whatever room the disk has: the panel
    // says so, and shows no share of it, which would read 0% however full the disk.
    expect(browser.quota - browser.usage).toBe(10 * 1024 ** 3);
    await expect(panel.getByText(t.fixedQuota)).toBeVisible();
    await expect(panel.getByRole('meter')).toHaveCount(0);
    await expect(panel.getByText(t.anyNearlyFull)).toHaveCount(0);
    await panel.scrollIntoViewIfNeeded();
    await keepScreenshot(page, `storage-panel-${lang}`);
  });

  test(`with the browser reporting its real quota, Settings shows it, and warns past 80% with what to do (${lang})`, async ({}, testInfo) => {
    // Chromium's reported quota is its real one only with StaticStorageQuota off.
    const executablePath = chromiumExecutable();
    const browser = await chromium.launch({
      ...(executablePath ? { executablePath } : {}),
      args: [...chromiumArgs, '--disable-features=StaticStorageQuota'],
    });
    try {
      const context = await browser.newContext({
        baseURL: testInfo.project.use.baseURL,
        locale: 'zh-CN',
        timezoneId: 'Asia/Shanghai',
        viewport: { width: 1366, height: 768 },
      });
      const page = await context.newPage();
      await page.clock.setFixedTime(NOW);
      const app = new CordonApp(page);
      await app.openOverview(lang === 'en' ? 'Chen Jing' : '陈静');
      if (lang === 'en') await app.switchLanguage();
      const cdp = await context.newCDPSession(page);
      const origin = new URL(page.url()).origin;

      await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: 40 * MB });
      let panel = await openSettings(app, lang);
      expect(await fact(panel, t.quota)).toBe('40 MB');
      const { usage } = await browserEstimate(page);
      expectAbout(bytesOf(await fact(panel, t.used)), usage);
      await expect(panel.getByText(t.fixedQuota)).toHaveCount(0);
      await expect(panel.getByRole('meter', { name: t.shareLabel })).toBeVisible();
      const percent = `${Math.round((usage / (40 * MB)) * 100)}%`;
      await expect(panel.getByText(t.share(percent), { exact: true })).toBeVisible();
      await expect(panel.getByText(t.anyNearlyFull)).toHaveCount(0);

      // Nine tenths used: the figure, the bar and the warning, opened afresh as a person would.
      await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: Math.round(usage / 0.9) });
      await app.goTo(app.w.home);
      panel = await openSettings(app, lang);
      await expect(panel.getByText(t.share('90%'), { exact: true })).toBeVisible();
      const meter = panel.getByRole('meter', { name: t.shareLabel });
      expect(Number(await meter.getAttribute('value'))).toBeCloseTo(0.9, 2);
      await expect(panel.getByText(t.nearlyFull('90%'))).toBeVisible();
      await panel.scrollIntoViewIfNeeded();
      await keepScreenshot(page, `storage-panel-nearly-full-${lang}`);
      await context.close();
    } finally {
      await browser.close();
    }
  });

  test(`a save past the quota is refused in plain words, writes nothing, and goes through once there is room (${lang})`, async ({
    page,
    context,
  }, testInfo) => {
    test.slow(); // a 12 MB picture is read, checked and stored twice
    await page.clock.setFixedTime(NOW);
    const cdp = await context.newCDPSession(page);
    const origin = new URL(String(testInfo.project.use.baseURL)).origin;
    // Chromium's IndexedDB lets a write through on the free space its quota manager last
    // reported, for up to 30 s, without asking again. A quota set before the app's first
    // write keeps that figure below the picture's size, so the save asks, and hears the
    // quota lowered below.
    await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: 8 * MB });
    const app = new CordonApp(page);
    await app.open();
    await app.signInAs(lang === 'en' ? 'Chen Jing' : '陈静');
    if (lang === 'en') await app.switchLanguage();
    await app.goTo(t.map);
    await expect(page.getByRole('button', { name: t.importPlan })).toBeVisible();

    const picture = noisePng();
    await page.getByRole('button', { name: t.importPlan }).click();
    const dialog = page.getByRole('dialog', { name: t.importPlan });
    const chooser = page.waitForEvent('filechooser');
    await dialog.getByRole('button', { name: t.choose }).click();
    await (await chooser).setFiles({ name: 'plan.png', mimeType: 'image/png', buffer: picture });
    await expect(dialog.getByTestId('plan-chosen')).toContainText('2,400 × 1,680');

    // Room for 1 MB more; the picture needs 12.
    const before = await storeState(page);
    const { usage } = await cdp.send('Storage.getUsageAndQuota', { origin });
    await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: Math.round(usage + 1 * MB) });
    expect(picture.length).toBeGreaterThan(10 * MB);

    await dialog.getByRole('button', { name: t.save }).click();
    await expect(dialog.getByRole('alert')).toContainText(t.full);
    await expect(dialog).toBeVisible();
    await keepScreenshot(page, `storage-quota-refused-${lang}`);
    // Nothing of the save: no picture, no plan pointing at one, no audit row, every table as it was.
    const after = await storeState(page);
    expect(after).toEqual(before);
    expect(after.sitePlans.map((p) => p.kind)).toEqual(['bundled']);

    // Room again: the same save, from the same dialog, goes through whole.
    await cdp.send('Storage.overrideQuotaForOrigin', { origin });
    await dialog.getByRole('button', { name: t.save }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('button', { name: t.replacePlan })).toBeVisible();
    const saved = await storeState(page);
    const [plan] = saved.sitePlans;
    expect(plan?.kind).toBe('image');
    expect(saved.planAssetKeys).toHaveLength(before.planAssetKeys.length + 1);
    expect(saved.planAssetKeys).toContain(plan?.blobKey);
    expect(saved.lastAudit).toMatchObject({ table: 'sites', action: 'update' });
    const grew = Object.keys(saved.counts).filter((table) => saved.counts[table] !== before.counts[table]);
    expect(grew.sort()).toEqual(['audit', 'planAssets']);
    expect(saved.counts.audit).toBe((before.counts.audit ?? 0) + 1);
  });
}
