import { expect, test, type Locator, type Page } from '@playwright/test';
import { CordonApp } from '../pages/CordonApp';
import { mapSpots } from '../support/mapGestures';
import { keepScreenshot } from '../support/screenshots';

test('a new entrance is placed with its number, kind and state; a taken number is refused; it persists and is audited', async ({
  page,
}) => {
  const app = new CordonApp(page);
  await app.openMap();
  await expect(page.locator('.entrance-marker')).toHaveCount(6);
  await page.getByRole('button', { name: '编辑', exact: true }).click();
  await page.getByLabel('放置类型').selectOption({ label: '出入口' });
  await page.getByRole('button', { name: '放置', exact: true }).click();
  await expect(page.getByRole('status')).toContainText('在图上单击放置出入口');
  const at = await mapSpots(page);
  const spot = at(0.55, 0.2);
  await page.mouse.click(spot.x, spot.y);

  const dialog = page.getByRole('dialog', { name: '新出入口' });
  // Ready to take as it is: the next free number and a name from it, sealed.
  await expect(dialog.getByLabel('编号')).toHaveValue('7');
  await expect(dialog.getByLabel('名称')).toHaveValue('出入口7');
  await expect(dialog.getByLabel('名称')).toBeFocused();
  await expect(dialog.getByLabel('状态')).toHaveValue('sealed');

  // Half filled: no name, a number already on the sheet.
  await dialog.getByLabel('名称').fill('');
  await dialog.getByRole('button', { name: '放置' }).click();
  await expect(dialog.getByText('请填写名称。')).toBeVisible();
  await dialog.getByLabel('名称').fill('北侧临时通道');
  await dialog.getByLabel('编号').fill('3');
  await dialog.getByLabel('类型').selectOption({ label: '通道' });
  await dialog.getByRole('button', { name: '放置' }).click();
  await expect(dialog.getByRole('alert')).toHaveText(/编号 3 已被其他出入口使用/);
  await expect(page.locator('.entrance-marker')).toHaveCount(6);
  // What was typed is still there.
  await expect(dialog.getByLabel('名称')).toHaveValue('北侧临时通道');
  await dialog.getByLabel('编号').fill('7');
  await keepScreenshot(page, 'map-place-entrance-zh');
  await dialog.getByLabel('编号').press('Enter');
  await expect(dialog).toBeHidden();

  const placed = page.locator('.entrance-marker[title="7号 北侧临时通道：封闭"]');
  await expect(placed).toBeVisible();
  const box = await placed.boundingBox();
  expect(Math.abs((box?.x ?? 0) + (box?.width ?? 0) / 2 - spot.x)).toBeLessThan(3);
  expect(Math.abs((box?.y ?? 0) + (box?.height ?? 0) / 2 - spot.y)).toBeLessThan(3);

  await page.reload();
  await app.continueAs('陈静');
  await app.goTo('出入口');
  await expect(page.getByRole('main')).toContainText('北侧临时通道');
  const row = (await app.auditRows('北侧临时通道')).first();
  await expect(row).toContainText('陈静');
  await expect(row).toContainText('新建');
});

test('a post and a checkpoint are placed; undo takes each placing back', async ({ page }) => {
  const app = new CordonApp(page);
  await app.openMap();
  await expect(page.locator('.post-marker')).toHaveCount(6);
  await expect(page.locator('.checkpoint-marker')).toHaveCount(8);
  await page.keyboard.press('e');
  const at = await mapSpots(page);

  await page.getByLabel('放置类型').selectOption({ label: '岗位' });
  await page.getByRole('button', { name: '放置', exact: true }).click();
  await page.mouse.click(at(0.4, 0.7).x, at(0.4, 0.7).y);
  const postDialog = page.getByRole('dialog', { name: '新岗位' });
  await expect(postDialog.getByLabel('名称')).toHaveValue('新岗位7');
  await postDialog.getByLabel('最少人数').fill('101');
  await postDialog.getByRole('button', { name: '放置' }).click();
  await expect(postDialog.getByText('最少人数须为 0 到 100 的整数。')).toBeVisible();
  await postDialog.getByLabel('最少人数').fill('2');
  await postDialog.getByRole('button', { name: '放置' }).click();
  await expect(postDialog).toBeHidden();
  // Nobody is rostered on a new post: it shows as unstaffed.
  await expect(page.locator('.post-marker[title="岗位 新岗位7：在岗 0 / 最少 2"]')).toBeVisible();

  await page.getByLabel('放置类型').selectOption({ label: '巡逻点' });
  await page.getByRole('button', { name: '放置', exact: true }).click();
  await page.mouse.click(at(0.7, 0.75).x, at(0.7, 0.75).y);
  const cpDialog = page.getByRole('dialog', { name: '新巡逻点' });
  await expect(cpDialog).toContainText('将作为该路线的第 9 个巡逻点。');
  await expect(cpDialog.getByLabel('名称')).toHaveValue('新巡逻点9');
  await cpDialog.getByRole('button', { name: '放置' }).click();
  await expect(page.locator('.checkpoint-marker')).toHaveCount(9);
  await expect(page.locator('.checkpoint-marker').filter({ hasText: '9' })).toHaveAttribute(
    'title',
    /^巡逻点 9 新巡逻点9（/,
  );
  await keepScreenshot(page, 'map-place-post-checkpoint-zh');

  // Out of edit mode Ctrl+Z takes nothing back; in it, the last placing goes first.
  await page.keyboard.press('e');
  await expect(page.getByRole('button', { name: '编辑', exact: true })).toHaveAttribute('aria-pressed', 'false');
  await page.keyboard.press('Control+z');
  await expect(page.locator('.checkpoint-marker')).toHaveCount(9);
  await page.keyboard.press('e');
  await page.keyboard.press('Control+z');
  await expect(page.locator('.checkpoint-marker')).toHaveCount(8);
  await page.getByRole('button', { name: '撤销' }).click();
  await expect(page.locator('.post-marker')).toHaveCount(6);
  await expect(await app.auditRows('删除', '陈静')).toHaveCount(2);
});

/** Presses Tab until `target` has the focus: it is reachable from the keyboard, in the page's own order. */
async function tabTo(page: Page, target: Locator, max = 150): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`not reached with ${max} presses of Tab`);
}

test('keyboard only, in English: doorway 3 opened by its number; a post placed at the centre, moved with the arrow keys, the move undone', async ({
  page,
}) => {
  const app = new CordonApp(page);
  await app.open();
  await app.signInAs('Chen Jing');
  await app.switchLanguage();
  await app.goTo('Map');
  await expect(page.getByRole('button', { name: 'Edit', exact: true })).toBeVisible();
  await expect(page.getByRole('main')).toContainText('Keys 1–9: select the entrance with that number');

  // 3, Enter, Tab to the state, Enter: doorway 3 is open without the mouse.
  await page.keyboard.press('3');
  const panel = page.getByTestId('entrance-panel');
  await expect(panel.getByRole('heading', { name: 'No. 3 沿街门洞3' })).toBeVisible();
  await expect(panel.getByRole('button', { name: 'Change state' })).toBeFocused();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Change the state of “沿街门洞3”' });
  await expect(dialog).toBeVisible();
  await tabTo(page, dialog.getByRole('button', { name: /Controlled open/ }), 10);
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(panel.getByTestId('panel-state')).toHaveText('Controlled open');
  await expect(page.locator('.entrance-marker[title="No. 3 沿街门洞3: Controlled open"]')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(panel).toBeHidden();

  // Edit mode; Tab to the place list, P for "Post"; Tab to Place, Enter: the map takes the focus, Enter puts it at the centre.
  await page.keyboard.press('e');
  const what = page.getByLabel('What to place');
  await tabTo(page, what);
  await page.keyboard.press('P');
  await expect(what).toHaveValue('posts');
  // Place is there once the editor's code has loaded (disabled until then, so out of the Tab order).
  const placeButton = page.getByRole('button', { name: 'Place', exact: true });
  await expect(placeButton).toBeEnabled();
  await tabTo(page, placeButton, 5);
  await page.keyboard.press('Enter');
  await expect(page.locator('.leaflet-container')).toBeFocused();
  await page.keyboard.press('Enter');
  const postDialog = page.getByRole('dialog', { name: 'New post' });
  await expect(postDialog.getByLabel('Name')).toBeFocused();
  await page.keyboard.type(' (north)');
  await page.keyboard.press('Enter');
  await expect(postDialog).toBeHidden();
  const post = page.locator('.post-marker[title^="Post New post 7 (north):"]');
  await expect(post).toBeVisible();
  const centre = await page.getByTestId('site-map').boundingBox();
  const first = await post.boundingBox();
  if (!centre || !first) throw new Error('not on screen');
  expect(Math.abs(first.x + first.width / 2 - (centre.x + centre.width / 2))).toBeLessThan(4);

  // Measured against doorway 1, so a map fitted afresh (after the reload, edit bar closed) reads the same.
  const doorway1 = page.locator('.entrance-marker[title^="No. 1 "]');
  const fromDoorway1 = async () => {
    const [p, q] = [await post.boundingBox(), await doorway1.boundingBox()];
    return p && q ? { x: p.x - q.x, y: p.y - q.y } : { x: Number.NaN, y: Number.NaN };
  };
  const start = await fromDoorway1();
  const moved = async () => {
    const now = await fromDoorway1();
    return `${Math.round(now.x - start.x)},${Math.round(now.y - start.y)}`;
  };

  // Tab to the new post; arrow keys: 5 × 4 px right, one big step (20 px) down; saved once they stop.
  await tabTo(page, post);
  for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Shift+ArrowDown');
  await expect.poll(moved).toBe('20,20');
  await expect(post).toBeFocused();
  await keepScreenshot(page, 'map-keyboard-en');
  // Saved once the keys stop: the "not saved yet" ring goes (how long it shows depends on the machine, so only its end is checked).
  await expect(post).not.toHaveClass(/is-moving/);
  // Ctrl+Z takes the whole run of key presses back at once.
  await page.keyboard.press('Control+z');
  await expect.poll(moved).toBe('0,0');

  // Moved again, and edit mode left before the keys' pause: the move is saved, not lost.
  await post.focus();
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
  await page.keyboard.press('e');
  await expect(page.getByRole('button', { name: 'Edit', exact: true })).toHaveAttribute('aria-pressed', 'false');
  await expect(post).not.toHaveClass(/is-moving/);
  await expect.poll(moved).toBe('12,0');
  await page.reload();
  await app.continueAs('Chen Jing');
  await app.goTo('Map');
  await expect(post).toBeVisible();
  // The same zoom as before the reload: the map is fitted to the same plan in a box of the same width.
  await expect.poll(moved).toMatch(/^(11|12|13),(-1|0|1)$/);

  const moves = await app.auditRows('New post 7 (north)', 'position');
  // One row per run of key presses, and one for the undo.
  await expect(moves).toHaveCount(3);
});
