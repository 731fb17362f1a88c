import { expect, test } from '@playwright/test';
import { CordonApp } from '../pages/CordonApp';
import { keepScreenshot } from '../support/screenshots';

const HOSTILE_NAME = '<img src=x onerror="window.__xss=1">王<script>window.__xss=2</script>';

test('a name with HTML in it is shown as text, never run', async ({ page }) => {
  const app = new CordonApp(page);
  await app.open();
  await app.signInAs(HOSTILE_NAME);
  await app.waitReady();
  await app.changeEntranceState('侧门', '仅限应急', '<b>不是粗体</b>');
  await expect(page.getByTestId('operator-name')).toHaveText(HOSTILE_NAME);
  const row = (await app.auditRows('侧门')).first();
  await expect(row).toContainText(HOSTILE_NAME);
  await expect(row).toContainText('<b>不是粗体</b>');
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  await expect(page.locator('main img[src="x"], main b')).toHaveCount(0);
});

test('signing in with no name says so and stays on the question', async ({ page }) => {
  const app = new CordonApp(page);
  await app.open();
  const dialog = app.signInDialog();
  await dialog.getByRole('button', { name: '开始值班' }).click();
  await expect(dialog.getByRole('alert')).toHaveText('请选择或输入姓名。');
  await expect(dialog).toBeVisible();
  await expect(page.getByTestId('operator-name')).toHaveText('未登记');
});

test('a refused name is not shown as refused again when 换人 is asked the next time', async ({ page }) => {
  const app = new CordonApp(page);
  await app.openOverview();
  const dialog = app.signInDialog();
  const again = () => page.getByRole('banner').getByRole('button', { name: '换人' }).click();
  const refusals: [string, string][] = [
    ['\u200B\u200B\u200B', '请选择或输入姓名。'],
    ['长'.repeat(121), '输入有误，请检查：值班操作员姓名'],
  ];
  for (const [name, message] of refusals) {
    await again();
    await dialog.getByRole('textbox').fill(name);
    await dialog.getByRole('button', { name: '开始值班' }).click();
    await expect(dialog.getByRole('alert')).toContainText(message);
    await dialog.getByRole('button', { name: '取消' }).click();
    await expect(dialog).toBeHidden();
    await again();
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('alert')).toHaveCount(0);
    await expect(dialog.getByRole('textbox')).toHaveValue('');
    await dialog.getByRole('button', { name: '取消' }).click();
  }
  await expect(page.getByTestId('operator-name')).toHaveText('陈静');
});

test('a reason longer than 500 characters, typed past the field’s limit, is refused naming the reason, and nothing changes', async ({
  page,
}) => {
  const app = new CordonApp(page);
  await app.openOverview();
  await app.entranceTile('侧门').getByRole('button', { name: '改状态' }).click();
  const dialog = page.getByRole('dialog');
  const reason = dialog.getByLabel('原因（可选）');
  // As a script or a paste past the input's own limit would.
  await reason.evaluate((input) => input.removeAttribute('maxlength'));
  for (const length of [501, 100_000]) {
    await reason.fill('救'.repeat(length));
    await dialog.getByRole('button', { name: '仅限应急' }).click();
    await expect(dialog.getByRole('alert')).toHaveText(/输入有误，请检查：原因/);
  }
  await dialog.getByRole('button', { name: '取消' }).click();
  await expect(app.entranceTile('侧门').getByTestId('entrance-state')).toHaveText('封闭');
  await expect(await app.auditRows('侧门')).toHaveCount(0);
});

test('picking oneself from the people list signs in with that person', async ({ page }) => {
  const app = new CordonApp(page);
  await app.open();
  const dialog = app.signInDialog();
  const first = dialog.getByRole('list').getByRole('button').first();
  await expect(first).toBeVisible();
  const name = await first.locator('span').innerText();
  await first.click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('operator-name')).toHaveText(name);
});

test('when the local store cannot be opened (the disk refuses it), it is said in both languages and nothing starts on top of it', async ({
  page,
}) => {
  // As the browser reports a store it cannot open (a full or failing disk, a damaged profile).
  await page.addInitScript(`IDBFactory.prototype.open = function () {
    throw new DOMException('Internal error opening backing store for indexedDB.open.', 'UnknownError');
  };`);
  await page.goto('./#/map');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('无法打开本地数据：Internal error opening backing store');
  await expect(alert).toContainText('Cannot open the local data: Internal error opening backing store');
  await expect(page.getByRole('navigation')).toHaveCount(0);
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await keepScreenshot(page, 'boot-failed');
});
