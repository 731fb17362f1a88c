import { expect, test, type Locator, type Page } from '@playwright/test';
import { CordonApp } from '../pages/CordonApp';
import { holdBack } from '../support/holdBack';
import { centre, drag, mapSpots } from '../support/mapGestures';
import { keepScreenshot } from '../support/screenshots';

/** Where one marker sits relative to another: unchanged by panning the map. */
async function offset(a: Locator, b: Locator) {
  const [p, q] = [await centre(a), await centre(b)];
  return { x: p.x - q.x, y: p.y - q.y };
}

/** Clicks a line on the plan (canvas paths have no element to wait for) until its panel opens. */
async function selectLineAt(page: Page, p: { x: number; y: number }, heading: string): Promise<void> {
  const panel = page.getByTestId('work-panel').getByRole('heading', { name: heading });
  await expect(async () => {
    await page.mouse.click(p.x, p.y);
    await expect(panel).toBeVisible({ timeout: 1000 });
  }).toPass();
}

test('in edit mode an entrance is dragged to a new place: it stays there after a reload and the audit has the move', async ({
  page,
}) => {
  const app = new CordonApp(page);
  await app.openMap();
  const doorway3 = page.locator('.entrance-marker[title="3号 沿街门洞3：封闭"]');
  const doorway1 = page.locator('.entrance-marker[title^="1号 "]');
  await expect(doorway3).toBeVisible();
  const before = await offset(doorway3, doorway1);

  // Off by default: a drag pans the map, the doorway stays where it is on the plan.
  const toggle = page.getByRole('button', { name: '编辑', exact: true });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await drag(page, await centre(doorway3), { x: 60, y: 40 });
  await expect.poll(async () => offset(doorway3, doorway1)).toEqual(before);

  await toggle.click();
  await expect(page.getByRole('button', { name: '编辑中 · 点击退出' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('status')).toContainText('拖动出入口');
  await drag(page, await centre(doorway3), { x: 60, y: 40 });
  const moved = async () => {
    const o = await offset(doorway3, doorway1);
    return `${Math.round(o.x - before.x)},${Math.round(o.y - before.y)}`;
  };
  await expect.poll(moved).toMatch(/^(59|60|61),(39|40|41)$/);
  // Saved: the move can be undone.
  await expect(page.getByRole('button', { name: '撤销' })).toBeEnabled();
  await keepScreenshot(page, 'map-edit-dragged-zh');

  await page.reload();
  await app.continueAs('陈静');
  await app.goTo('地图');
  // Edit mode is off again after a reload, and the doorway is at its new place.
  await expect(page.getByRole('button', { name: '编辑', exact: true })).toHaveAttribute('aria-pressed', 'false');
  await expect.poll(moved).toMatch(/^(59|60|61),(39|40|41)$/);

  const row = (await app.auditRows('沿街门洞3')).first();
  await expect(row).toContainText('陈静');
  await expect(row).toContainText('修改');
  await expect(row).toContainText('位置');
});

test('a new camera and a new guard rail are placed and persist; undo takes them back one at a time', async ({
  page,
}) => {
  const app = new CordonApp(page);
  await app.openMap();
  const cameras = page.locator('.work-marker[title*="摄像头"]');
  await expect(cameras).toHaveCount(1);
  await page.keyboard.press('e');
  await expect(page.getByRole('button', { name: '编辑中 · 点击退出' })).toBeVisible();
  const at = await mapSpots(page);

  // A camera: choose the symbol, click once on the plan.
  await expect(page.getByLabel('放置类型')).toHaveValue('camera');
  await page.getByRole('button', { name: '放置', exact: true }).click();
  await expect(page.getByRole('status')).toContainText('在图上单击放置摄像头');
  const cam = at(0.3, 0.5);
  await page.mouse.click(cam.x, cam.y);
  await expect(cameras).toHaveCount(2);

  // A guard rail: three clicks, a double-click on the last.
  await page.getByLabel('线条类型').selectOption({ label: '护栏' });
  await page.getByRole('button', { name: '画线' }).click();
  const [a, b, c] = [at(0.45, 0.3), at(0.6, 0.3), at(0.6, 0.45)];
  await page.mouse.click(a.x, a.y);
  await page.mouse.click(b.x, b.y);
  await page.mouse.dblclick(c.x, c.y);
  await expect(page.getByRole('status')).not.toContainText('双击最后一点结束');
  await keepScreenshot(page, 'map-edit-drawn-zh');

  const railMid = { x: (a.x + b.x) / 2, y: a.y };
  const panel = page.getByTestId('work-panel');
  await selectLineAt(page, railMid, '护栏');
  await expect(panel.getByTestId('work-state')).toHaveText('计划');

  await page.reload();
  await app.continueAs('陈静');
  await app.goTo('地图');
  await expect(cameras).toHaveCount(2);
  // The undo stack is this window's: after a reload there is nothing to undo.
  await page.getByRole('button', { name: '编辑', exact: true }).click();
  await expect(page.getByRole('button', { name: '撤销' })).toBeDisabled();
  await selectLineAt(page, railMid, '护栏');
});

test('undo takes back the last edit, each undo audited; Ctrl+Z too', async ({ page }) => {
  const app = new CordonApp(page);
  await app.openMap();
  const cameras = page.locator('.work-marker[title*="摄像头"]');
  await expect(cameras).toHaveCount(1);
  await page.getByRole('button', { name: '编辑', exact: true }).click();
  const at = await mapSpots(page);

  await page.getByRole('button', { name: '放置', exact: true }).click();
  const cam = at(0.3, 0.5);
  await page.mouse.click(cam.x, cam.y);
  await expect(cameras).toHaveCount(2);

  await page.getByRole('button', { name: '画线' }).click();
  const [a, b] = [at(0.45, 0.3), at(0.6, 0.3)];
  await page.mouse.click(a.x, a.y);
  await page.mouse.dblclick(b.x, b.y);
  const panel = page.getByTestId('work-panel');
  await selectLineAt(page, { x: (a.x + b.x) / 2, y: a.y }, '护栏');
  // Selected in edit mode: reshaped by its vertices, drawn as an SVG path.
  await expect(page.locator('path.work-reshaping')).toHaveCount(1);
  await keepScreenshot(page, 'map-edit-reshape-zh');

  // Undo the rail (it was the last edit): gone from the map, so the panel closes.
  await page.getByRole('button', { name: '撤销' }).click();
  await expect(panel).toBeHidden();
  await expect(cameras).toHaveCount(2);
  // Ctrl+Z undoes the camera.
  await page.keyboard.press('Control+z');
  await expect(cameras).toHaveCount(1);
  await expect(page.getByRole('button', { name: '撤销' })).toBeDisabled();

  const deletes = await app.auditRows('删除', '陈静');
  await expect(deletes).toHaveCount(2);
});

test('in English: the E key turns edit mode on, a sign is placed, a delete is confirmed and undone', async ({
  page,
}) => {
  const app = new CordonApp(page);
  await app.open();
  await app.signInAs('Chen Jing');
  await app.switchLanguage();
  await app.goTo('Map');
  // The map screen loads on first visit: wait for it (the overview has markers too).
  await expect(page.getByRole('button', { name: 'Edit', exact: true })).toBeVisible();
  await expect(page.locator('.entrance-marker')).toHaveCount(6);
  const signs = page.locator('.work-marker[title*="Sign"]');
  const before = await signs.count();
  await page.keyboard.press('E');
  await expect(page.getByRole('button', { name: 'Editing · stop' })).toHaveAttribute('aria-pressed', 'true');
  const at = await mapSpots(page);
  await page.getByLabel('What to place').selectOption({ label: 'Sign' });
  await page.getByRole('button', { name: 'Place', exact: true }).click();
  await page.mouse.click(at(0.35, 0.6).x, at(0.35, 0.6).y);
  await expect(signs).toHaveCount(before + 1);

  await signs.last().click();
  const panel = page.getByTestId('work-panel');
  await expect(panel.getByRole('heading', { name: 'Sign' })).toBeVisible();
  await page.getByRole('button', { name: 'Delete selected' }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete “Sign”?' });
  await expect(dialog).toContainText('Undo brings it back.');
  await keepScreenshot(page, 'map-edit-delete-en');
  await dialog.getByRole('button', { name: 'Delete' }).click();
  await expect(signs).toHaveCount(before);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(signs).toHaveCount(before + 1);

  await page.keyboard.press('E');
  await expect(page.getByRole('button', { name: 'Edit', exact: true })).toHaveAttribute('aria-pressed', 'false');
  await expect(page.getByRole('button', { name: 'Undo' })).toHaveCount(0);
});

test('drawing and placing wait for the editor’s code, the first time edit mode is on: no click on the map is lost', async ({
  page,
}) => {
  const app = new CordonApp(page);
  await app.openMap();
  const cameras = page.locator('.work-marker[title*="摄像头"]');
  await expect(cameras).toHaveCount(1);
  // The editor's code held back until the buttons have been looked at.
  const release = await holdBack(page, '**/assets/MapEditor-*.js');
  await page.keyboard.press('e');
  await expect(page.getByRole('button', { name: '编辑中 · 点击退出' })).toHaveAttribute('aria-pressed', 'true');
  const place = page.getByRole('button', { name: '放置', exact: true });
  const drawLine = page.getByRole('button', { name: '画线' });
  await expect(place).toBeDisabled();
  await expect(drawLine).toBeDisabled();
  // Moving what is already there does not need it: the undo and delete buttons are there as ever.
  await expect(page.getByRole('button', { name: '撤销' })).toBeVisible();

  release();
  await expect(place).toBeEnabled();
  await expect(drawLine).toBeEnabled();
  await place.click();
  const at = await mapSpots(page);
  await page.mouse.click(at(0.3, 0.5).x, at(0.3, 0.5).y);
  await expect(cameras).toHaveCount(2);
});
