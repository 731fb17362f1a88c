import { expect, test, type Page } from '@playwright/test';
import { zhCN } from '../../renderer/i18n/zh-CN';
import { CordonApp } from '../pages/CordonApp';
import { keepScreenshot } from '../support/screenshots';

const routes = [
  '/',
  '/map',
  '/entrances',
  '/shifts',
  '/patrols',
  '/perimeter',
  '/log',
  '/requests',
  '/sheets',
  '/settings',
  '/audit',
];
const keys = Object.keys(zhCN);

/** What a person would notice: a message key, or a placeholder nobody filled in. */
async function expectNoRawText(page: Page, route: string): Promise<void> {
  const text = await page.locator('body').innerText();
  // One assertion for all the keys: an expect per key is a step per key, which the runner keeps (1,800 a screen).
  expect(
    keys.filter((key) => text.includes(key)),
    `raw keys on ${route}`,
  ).toEqual([]);
  expect(text, `unfilled placeholder on ${route}`).not.toMatch(/\{\w+\}/);
  expect(text).not.toContain('undefined');
  expect(text).not.toContain('NaN');
}

test('every screen renders in Chinese with no raw keys', async ({ page }) => {
  const app = new CordonApp(page);
  await app.open();
  await app.signInAs('陈静');
  for (const route of routes) {
    await app.open(route);
    await expect(page.locator('main h2').first()).toBeVisible();
    await expectNoRawText(page, route);
  }
});

test('switching to English translates every screen, and the demo can be reseeded in English', async ({ page }) => {
  const app = new CordonApp(page);
  await app.open();
  await app.signInAs('Chen Jing');
  await app.waitReady();
  await app.switchLanguage();
  await expect(page.getByRole('heading', { name: 'Entrances', exact: true })).toBeVisible();
  // The data stays as it was entered: the Chinese demo keeps its Chinese names until reseeded.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('香樟苑');

  await app.goTo('Settings');
  await page.getByRole('button', { name: 'Reset to demo site' }).click();
  const confirm = page.getByRole('dialog', { name: 'Reset to demo site' });
  await confirm.getByRole('button', { name: 'Confirm' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Xiangzhangyuan');
  // Settings says where the backup taken first went, then the overview shows the new demo.
  await expect(page.getByRole('status').filter({ hasText: 'Backup downloaded' })).toBeVisible();
  await app.goTo('Overview');
  await app.waitReady();
  await expect(app.entranceTile('Street doorway 3').getByTestId('entrance-state')).toHaveText('Sealed');

  for (const route of routes) {
    await app.open(route);
    await expect(page.locator('main h2').first()).toBeVisible();
    await expectNoRawText(page, route);
    // English complete: no Chinese left on screen but the way back to Chinese. The audit
    // trail is the exception in its rows: it keeps the Chinese demo's history as it was.
    const scope =
      route === '/audit'
        ? page.locator('header, nav, main h2, main thead, main td:nth-child(3)')
        : page.locator('body');
    const text = (await scope.allInnerTexts()).join('\n').replaceAll('中文（简体）', '').replaceAll('中文', '');
    expect(text.match(/[\u4e00-\u9fff]+/g) ?? [], `Chinese on ${route} in English`).toEqual([]);
  }
  await app.open('/');
  await app.waitReady();
  await keepScreenshot(page, 'home-en-1366');
});

test('the language choice is remembered after a reload', async ({ page }) => {
  const app = new CordonApp(page);
  await app.open();
  await app.signInAs('Chen Jing');
  await app.switchLanguage();
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(app.signInDialog()).toContainText('Who is on duty?');
  await app.continueAs('Chen Jing');
  await expect(app.signInDialog()).toBeHidden();
  await expect(page.getByRole('navigation').getByRole('link', { name: 'Overview' })).toBeVisible();
  await app.switchLanguage();
  await expect(page.getByRole('navigation').getByRole('link', { name: '总览' })).toBeVisible();
});

test('an English speaker can switch before signing in, and every dialog speaks English', async ({ page }) => {
  const app = new CordonApp(page);
  await app.open();
  const chinese = app.signInDialog();
  await chinese.getByRole('button', { name: 'English', exact: true }).click();
  app.lang = 'en';
  const dialog = app.signInDialog();
  await expect(dialog).toContainText('Pick yourself from the people list, or type your name.');
  await keepScreenshot(page, 'sign-in-en');
  await dialog.getByRole('button', { name: 'Start duty' }).click();
  await expect(dialog.getByRole('alert')).toHaveText('Pick or type a name.');
  await app.signInAs('Chen Jing');
  await app.waitReady();

  await app.entranceTile('侧门').getByRole('button', { name: 'Change state' }).click();
  const change = page.getByRole('dialog', { name: 'Change the state of “侧门”' });
  for (const label of ['Controlled open', 'Sealed', 'Closed', 'Emergency use only', 'Cancel']) {
    await expect(change.getByRole('button', { name: label, exact: label !== 'Sealed' })).toBeVisible();
  }
  await expect(change.getByLabel('Reason (optional)')).toBeVisible();
  await keepScreenshot(page, 'change-state-en');
  await change.getByRole('button', { name: 'Cancel' }).click();

  await app.goTo('Settings');
  await page.getByRole('button', { name: 'Start an empty site' }).click();
  const confirm = page.getByRole('dialog', { name: 'Start an empty site' });
  await expect(confirm).toContainText('This cannot be undone.');
  await confirm.getByRole('button', { name: 'Confirm' }).click();
  await expect(confirm.getByRole('alert')).toHaveText(/^Please check: name/);
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('香樟苑');

  await page.reload();
  const back = app.signInDialog();
  await back.getByRole('button', { name: 'Continue as Chen Jing' }).click();
  await expect(back).toBeHidden();
});
