import { expect, test } from '@playwright/test';
import { CordonApp } from '../pages/CordonApp';

const HOSTILE_NAME = '<img src=x onerror="window.__xss=1">王<script>window.__xss=2</script>';

test('a name with HTML in it is shown as text, never run', async ({ page }) => {
  const app = new CordonApp(page);
  await app.open();
  await app.signInAs(HOSTILE_NAME);
  await app.waitReady();
  await app.changeEntranceState('侧门', '仅限应急', '<b>不是粗体</b>');
  await expect(page.getByTestId('operator-name')).toHaveText(HOSTILE_NAME);
  await app.goTo('审计记录');
  const row = page.getByTestId('audit-row').filter({ hasText: '侧门' }).first();
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
