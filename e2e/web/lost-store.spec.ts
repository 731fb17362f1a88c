import { expect, test } from '@playwright/test';
import { CordonApp } from '../pages/CordonApp';
import { keepScreenshot } from '../support/screenshots';

/**
 * A store that comes up empty though this profile worked on a site (the browser or the
 * disk lost it) is not passed off as a first start: the app says what was lost and how to
 * get it back, in the operator's language. A reset by the operator is not such a loss.
 */
for (const lang of ['zh-CN', 'en'] as const) {
  test(`${lang}: a store lost under the app is said to be lost, with what to do`, async ({ page }) => {
    const app = new CordonApp(page);
    await app.openOverview();
    if (lang === 'en') await app.switchLanguage();
    // A reset by the operator: the old site's chain stays, and nothing is said to be lost.
    await app.resetDemoSite();
    await page.reload();
    await app.continueAs('陈静');
    await app.waitReady();
    await expect(page.getByRole('alert')).toHaveCount(0);

    // The store itself deleted under the app, as a browser may after a crash.
    await page.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const req = indexedDB.deleteDatabase('cordon');
          req.onsuccess = () => resolve();
          req.onerror = () => reject(new Error('could not delete'));
          req.onblocked = () => location.reload();
        }),
    );
    await page.reload();
    // The store held the language too: the app starts in Chinese, as on a first start.
    app.lang = 'zh-CN';
    await app.signInAs('陈静');
    await app.waitReady();
    if (lang === 'en') await app.switchLanguage();
    const alert = page.getByRole('alert');
    await expect(alert).toContainText(
      lang === 'en'
        ? /The store on this laptop is empty: the site “(Xiangzhangyuan|香樟苑)” and its audit trail are gone\./
        : /本机数据库是空的：此前的现场“香樟苑”的数据和审计记录都不在了。/,
    );
    await expect(alert).toContainText(lang === 'en' ? 'Restore a backup now' : '请立即从备份恢复');
    await keepScreenshot(page, `lost-store-${lang}`);
    await alert.getByRole('button', { name: lang === 'en' ? 'Understood' : '我知道了' }).click();
    await expect(page.getByRole('alert')).toHaveCount(0);
    // Said once: the next start remembers the site now worked on.
    await page.reload();
    await app.continueAs('陈静');
    await app.waitReady();
    await expect(page.getByRole('alert')).toHaveCount(0);
  });
}
