import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, expect, test, type BrowserContext } from '@playwright/test';
import { CordonApp } from '../pages/CordonApp';
import { chromiumArgs, chromiumExecutable } from '../support/chromium';

/**
 * A change made through the UI is on disk: it survives a reload, and closing the whole
 * browser and starting it again on the same profile, and the audit names who made it.
 */
test('an entrance state change survives reload and browser restart, with its audit row', async ({}, testInfo) => {
  const profile = mkdtempSync(join(tmpdir(), 'cordon-profile-'));
  const baseURL = testInfo.project.use.baseURL;
  const executablePath = chromiumExecutable();
  const launch = () =>
    chromium.launchPersistentContext(profile, {
      ...(executablePath ? { executablePath } : {}),
      args: chromiumArgs,
      baseURL,
      locale: 'zh-CN',
      timezoneId: 'Asia/Shanghai',
      viewport: { width: 1366, height: 768 },
    });
  let context: BrowserContext = await launch();
  try {
    let page = context.pages()[0] ?? (await context.newPage());
    let app = new CordonApp(page);
    await app.openOverview('李建国');
    await app.changeEntranceState('沿街门洞3', '管控开放', '救护车送透析病人');
    await expect(app.entranceTile('沿街门洞3').getByTestId('entrance-state')).toHaveText('管控开放');

    await page.reload();
    await app.waitReady();
    await expect(app.entranceTile('沿街门洞3').getByTestId('entrance-state')).toHaveText('管控开放');

    await context.close();
    context = await launch();
    page = context.pages()[0] ?? (await context.newPage());
    app = new CordonApp(page);
    await app.open();
    await app.waitReady();
    // After a restart the question is asked again, with the last operator offered.
    const again = app.signInDialog();
    await expect(again).toBeVisible();
    // One key press (Enter) carries on as the same person.
    await expect(again.getByRole('button', { name: '继续值班：李建国' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(again).toBeHidden();
    await expect(page.getByTestId('operator-name')).toHaveText('李建国');
    await expect(app.entranceTile('沿街门洞3').getByTestId('entrance-state')).toHaveText('管控开放');
    await expect(app.entranceTile('沿街门洞4').getByTestId('entrance-state')).toHaveText('封闭');

    const row = (await app.auditRows('沿街门洞3')).first();
    await expect(row).toContainText('李建国');
    await expect(row).toContainText('修改');
    await expect(row).toContainText('状态 封闭 → 管控开放');
    await expect(row).toContainText('原因：救护车送透析病人');
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
});
