import { expect, test } from '@playwright/test';
import { CordonApp } from '../pages/CordonApp';
import { keepScreenshot } from '../support/screenshots';

test('starting an empty site asks first, then leaves a blank grid and keeps the audit trail', async ({ page }) => {
  const app = new CordonApp(page);
  await app.openOverview();
  await app.changeEntranceState('侧门', '关闭');

  await app.goTo('设置');
  await page.getByRole('button', { name: '新建空白现场' }).click();
  const dialog = page.getByRole('dialog', { name: '新建空白现场' });
  await expect(dialog).toContainText('此操作无法撤销');
  // Cancelling changes nothing.
  await dialog.getByRole('button', { name: '取消' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('香樟苑');

  await page.getByRole('button', { name: '新建空白现场' }).click();
  await dialog.getByRole('button', { name: '确定' }).click();
  // A site needs a name: nothing is deleted when it is missing.
  await expect(dialog.getByRole('alert')).toContainText('输入有误，请检查：名称');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('香樟苑');
  await dialog.getByLabel('新现场名称').fill('<b>金桥小区</b>');
  const backup = page.waitForEvent('download');
  await dialog.getByRole('button', { name: '确定' }).click();
  // The site it replaces is backed up first (in a browser, a download), and Settings says so.
  expect((await backup).suggestedFilename()).toMatch(/^香樟苑-\d{4}-\d{2}-\d{2}-\d{6}-before-empty\.cordon$/);
  await expect(page.getByRole('status').filter({ hasText: '备份已下载：香樟苑-' })).toBeVisible();

  await expect(page.getByRole('heading', { level: 1 })).toHaveText('<b>金桥小区</b>');
  await app.goTo('总览');
  await app.waitReady();
  await expect(page.getByText('此现场还没有出入口。')).toBeVisible();
  await expect(page.getByTestId('entrance-tile')).toHaveCount(0);
  await expect(page.getByTestId('current-shift')).toHaveText('当前无排班');
  await keepScreenshot(page, 'home-empty-site-zh');

  await app.goTo('审计记录');
  const rows = page.getByTestId('audit-row');
  await expect(rows.first()).toContainText('重置现场');
  await expect(rows.first()).toContainText('陈静');
  await expect(rows.filter({ hasText: '侧门' }).first()).toContainText('封闭 → 关闭');

  // And back to the demo.
  await app.goTo('设置');
  await page.getByRole('button', { name: '重置为演示现场' }).click();
  await page.getByRole('dialog', { name: '重置为演示现场' }).getByRole('button', { name: '确定' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('香樟苑');
  await app.goTo('总览');
  await app.waitReady();
  await expect(app.entranceTile('侧门').getByTestId('entrance-state')).toHaveText('封闭');
});
