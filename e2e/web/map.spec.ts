import { expect, test } from '@playwright/test';
import { CordonApp } from '../pages/CordonApp';
import { keepScreenshot } from '../support/screenshots';

test('the map screen shows every layer, each can be switched off, with scale and north', async ({ page }) => {
  const app = new CordonApp(page);
  await app.openMap();
  await expect(page.locator('.entrance-marker')).toHaveCount(6);
  await expect(page.locator('.post-marker')).toHaveCount(6);
  await expect(page.locator('.checkpoint-marker')).toHaveCount(8);
  // The side-gate camera and the street-front lights, each titled with its kind and state.
  await expect(page.locator('.work-marker[title*="摄像头"]')).toHaveCount(1);
  await expect(page.locator('.work-marker[title*="照明"]')).not.toHaveCount(0);
  await expect(page.locator('.work-marker[title*="计划"]').first()).toBeVisible();
  await expect(page.getByTestId('scale-bar')).toHaveText(/^\d+ 米$/);
  await expect(page.getByRole('img', { name: '北' })).toBeVisible();

  await page.locator('.leaflet-control-layers').hover();
  const works = page.getByRole('checkbox', { name: '围挡设施' });
  await expect(works).toBeChecked();
  await works.uncheck();
  await expect(page.locator('.work-marker')).toHaveCount(0);
  await expect(page.locator('.entrance-marker')).toHaveCount(6);
  await page.getByRole('checkbox', { name: '巡逻路线' }).uncheck();
  await expect(page.locator('.checkpoint-marker')).toHaveCount(0);
  await works.check();
  await expect(page.locator('.work-marker[title*="摄像头"]')).toHaveCount(1);
});

test('switching the language on the map retitles every marker in place', async ({ page }) => {
  const app = new CordonApp(page);
  await app.openMap();
  const doorway3 = page
    .locator('.entrance-marker')
    .filter({ has: page.locator('.entrance-marker-number', { hasText: /^3$/ }) });
  await expect(doorway3).toHaveAttribute('title', '3号 沿街门洞3：封闭');
  // Tagged, to tell afterwards that the marker was retitled and not drawn anew.
  await doorway3.evaluate((el) => el.setAttribute('data-spec-tag', 'kept'));

  await app.switchLanguage();
  await expect(doorway3).toHaveAttribute('title', 'No. 3 沿街门洞3: Sealed');
  await expect(doorway3).toHaveAttribute('data-spec-tag', 'kept');
  const titles = (selector: string) =>
    page.locator(selector).evaluateAll((els) => els.map((el) => el.getAttribute('title') ?? ''));
  // Each list is counted before its titles are read: a loop over no markers would pass.
  await expect.poll(() => titles('.entrance-marker')).toHaveLength(6);
  const entrances = await titles('.entrance-marker');
  expect(entrances).toHaveLength(6);
  for (const t of entrances) expect(t).toMatch(/^No\. \d+ .+: (Controlled open|Sealed|Closed|Emergency use only)$/);
  const posts = await titles('.post-marker');
  expect(posts).toHaveLength(6);
  for (const t of posts) expect(t).toMatch(/^Post .+: \d+ on duty \/ min \d+$/);
  const checkpoints = await titles('.checkpoint-marker');
  expect(checkpoints).toHaveLength(8);
  for (const t of checkpoints) expect(t).toMatch(/^Checkpoint \d+ /);
  const works = await titles('.work-marker');
  expect(works).toHaveLength(4);
  for (const t of works) expect(t).toMatch(/\((Camera|Lighting|Alarm|Sign), (Planned|Under way|Done|Checked)\)$/);
});

test('the scale bar follows the zoom, in English too', async ({ page }) => {
  const app = new CordonApp(page);
  await app.open();
  await app.signInAs('Chen Jing');
  await app.switchLanguage();
  await app.goTo('Map');
  const scale = page.getByTestId('scale-bar');
  await expect(scale).toHaveText(/^\d+ m$/);
  const before = Number((await scale.innerText()).replace(/\D/g, ''));
  const zoomIn = page.getByRole('button', { name: 'Zoom in' });
  const barWidth = () => page.locator('.scale-bar-line').evaluate((el) => el.getBoundingClientRect().width);
  const width0 = await barWidth();
  // One step: the same distance takes more pixels. Two steps: a shorter round distance.
  await zoomIn.click();
  await expect.poll(barWidth).toBeGreaterThan(width0);
  await zoomIn.click();
  await expect.poll(async () => Number((await scale.innerText()).replace(/\D/g, ''))).toBeLessThan(before);
  await expect(page.getByRole('img', { name: 'North' })).toBeVisible();
  await keepScreenshot(page, 'map-en-zoomed');
});

test('selecting doorway 3 on the map shows its post and history; changing it there updates map, panel and logs', async ({
  page,
}) => {
  const app = new CordonApp(page);
  await app.open();
  await app.signInAs('陈静');
  await app.goTo('日志');
  // Today's entries in the activity log, as it counts them.
  const activityCount = async () => Number((await page.getByText(/^共 \d+ 条$/).innerText()).replace(/\D/g, ''));
  const before = await activityCount();

  await app.goTo('地图');
  await page.locator('[title="3号 沿街门洞3：封闭"]').click();
  const panel = page.getByTestId('entrance-panel');
  await expect(panel.getByRole('heading', { name: '3号 沿街门洞3' })).toBeVisible();
  await expect(panel.getByTestId('panel-state')).toHaveText('封闭');
  await expect(panel).toContainText('门洞3岗');
  expect(await panel.locator('.person-name').count()).toBeGreaterThanOrEqual(2);
  await expect(panel).toContainText('还没有变化记录。');

  await panel.getByRole('button', { name: '改状态' }).click();
  const dialog = page.getByRole('dialog', { name: '更改「沿街门洞3」的状态' });
  await dialog.getByLabel('原因（可选）').fill('救护车送透析病人');
  await dialog.getByRole('button', { name: '管控开放' }).click();
  await expect(dialog).toBeHidden();

  await expect(panel.getByTestId('panel-state')).toHaveText('管控开放');
  await expect(page.locator('[title="3号 沿街门洞3：管控开放"]')).toHaveCount(1);
  await expect(panel.getByTestId('panel-history').locator('li').first()).toContainText(
    '封闭 → 管控开放 · 原因：救护车送透析病人 · 陈静',
  );
  await keepScreenshot(page, 'map-panel-zh');

  await page.reload();
  await app.continueAs('陈静');
  await app.goTo('日志');
  await expect.poll(activityCount).toBe(before + 1);
  const row = (await app.auditRows('出入口 · 沿街门洞3')).first();
  await expect(row).toContainText('陈静');
  await expect(row).toContainText('封闭 → 管控开放');
  await expect(row).toContainText('救护车送透析病人');
});

test('an upgrade is added from the map in one gesture: select the camera, add, it is linked', async ({ page }) => {
  const app = new CordonApp(page);
  await app.openMap();
  await page.locator('.work-marker[title*="摄像头"]').click();
  const panel = page.getByTestId('work-panel');
  await expect(panel).toContainText('摄像头');
  await expect(panel.getByTestId('work-state')).toHaveText('计划');
  const before = await panel.getByTestId('work-items').locator('li').count();

  await panel.getByRole('button', { name: '在此添加升级项目' }).click();
  const dialog = page.getByRole('dialog', { name: '添加升级项目' });
  // Already linked to the camera that was selected.
  await expect(dialog.getByLabel('关联设施')).not.toHaveValue('');
  await dialog.getByLabel('项目名称').fill('侧门摄像头加装夜视补光');
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(dialog).toBeHidden();
  await expect(panel.getByTestId('work-items').locator('li')).toHaveCount(before + 1);
  await expect(panel.getByTestId('work-items')).toContainText('侧门摄像头加装夜视补光 · 计划');

  await app.goTo('围挡工程');
  await expect(page.getByRole('row', { name: /侧门摄像头加装夜视补光/ })).toContainText('摄像头');
});

test('in English, the perimeter works are reached with the keyboard, lines included: W steps through them, the wall is highlighted, Enter adds an upgrade to it', async ({
  page,
}) => {
  const app = new CordonApp(page);
  await app.openEnglishDemo();
  await app.goTo('Map');
  await expect(page.locator('.work-marker').first()).toBeVisible();
  await expect(page.getByText('W / Shift+W: step through the perimeter works')).toBeVisible();

  const panel = page.getByTestId('work-panel');
  const addHere = panel.getByRole('button', { name: 'Add an upgrade here' });
  const halo = page.locator('.selected-work-halo');
  // By name: the camera first, then the compound wall (a line: the mouse would have to hit it on the canvas).
  await page.keyboard.press('w');
  await expect(panel.getByRole('heading', { name: 'Camera at the side gate' })).toBeVisible();
  await expect(addHere).toBeFocused();
  await expect(halo).toHaveCount(1);
  await page.keyboard.press('w');
  await expect(panel.getByRole('heading', { name: 'Compound wall' })).toBeVisible();
  await page.keyboard.press('Shift+W');
  await expect(panel.getByRole('heading', { name: 'Camera at the side gate' })).toBeVisible();
  await page.keyboard.press('w');
  await expect(panel.getByRole('heading', { name: 'Compound wall' })).toBeVisible();
  await expect(addHere).toBeFocused();
  await expect(halo).toHaveCount(1);
  // The halo follows the wall: its outline spans most of the plan's width.
  const box = await halo.boundingBox();
  const mapBox = await page.getByTestId('site-map').boundingBox();
  expect(box && mapBox && box.width > mapBox.width / 2).toBe(true);
  await keepScreenshot(page, 'map-work-by-keyboard-en');
  // The halo takes no clicks: the pane it is drawn in lets them through.
  await expect(page.locator('.leaflet-selected-work-pane')).toHaveCSS('pointer-events', 'none');
  const before = await panel.getByTestId('work-items').locator('li').count();

  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Add upgrade item' });
  await expect(dialog.getByLabel('Title')).toBeFocused();
  await expect(dialog.getByLabel('Linked work').locator('option:checked')).toHaveText(/Compound wall/);
  await page.keyboard.type('Top the north wall with a second row of netting');
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(panel.getByTestId('work-items')).toContainText(
    'Top the north wall with a second row of netting · Planned',
  );
  await expect(panel.getByTestId('work-items').locator('li')).toHaveCount(before + 1);

  await page.keyboard.press('Escape');
  await expect(panel).toBeHidden();
  await expect(halo).toHaveCount(0);
});

test('in English, on a demo site seeded in English: Street doorway 3 to controlled open updates the map, the panel, the activity log and the audit, and survives a reload', async ({
  page,
}) => {
  const app = new CordonApp(page);
  await app.openEnglishDemo();
  await app.goTo('Logs');
  const activityCount = async () => Number((await page.getByText(/^\d+ entries$/).innerText()).replace(/\D/g, ''));
  const before = await activityCount();

  await app.goTo('Map');
  await page.locator('.entrance-marker[title="No. 3 Street doorway 3: Sealed"]').click();
  const panel = page.getByTestId('entrance-panel');
  await expect(panel.getByRole('heading', { name: 'No. 3 Street doorway 3' })).toBeVisible();
  await expect(panel).toContainText('Doorway 3 post');
  await panel.getByRole('button', { name: 'Change state' }).click();
  const dialog = page.getByRole('dialog', { name: 'Change the state of “Street doorway 3”' });
  await dialog.getByLabel('Reason (optional)').fill('Ambulance for the dialysis patient');
  await dialog.getByRole('button', { name: 'Controlled open' }).click();
  await expect(dialog).toBeHidden();
  await expect(panel.getByTestId('panel-state')).toHaveText('Controlled open');
  await expect(page.locator('.entrance-marker[title="No. 3 Street doorway 3: Controlled open"]')).toHaveCount(1);
  await expect(panel.getByTestId('panel-history').locator('li').first()).toContainText(
    'Sealed → Controlled open · Reason: Ambulance for the dialysis patient · Chen Jing',
  );
  await keepScreenshot(page, 'map-panel-en');

  await page.reload();
  await app.continueAs('Chen Jing');
  await app.goTo('Map');
  await expect(page.locator('.entrance-marker[title="No. 3 Street doorway 3: Controlled open"]')).toHaveCount(1);
  await app.goTo('Logs');
  await expect.poll(activityCount).toBe(before + 1);
  const row = (await app.auditRows('Street doorway 3')).first();
  await expect(row).toContainText('Chen Jing');
  await expect(row).toContainText('Sealed → Controlled open');
  await expect(row).toContainText('Ambulance for the dialysis patient');
});

test('the plan fills its frame again when the window changes size (a laptop window, then the wall screen)', async ({
  page,
}) => {
  const app = new CordonApp(page);
  await app.open('/map');
  await app.signInAs('陈静');
  await expect(page.locator('main [data-screen="/map"] .entrance-marker')).toHaveCount(6);
  // Fitted with 8 px to spare on the side that limits it: the plan's box against the map's.
  const fit = async () => {
    const plan = await page.locator('img.leaflet-image-layer').boundingBox();
    const frame = await page.getByTestId('site-map').boundingBox();
    if (!plan || !frame) return Number.POSITIVE_INFINITY;
    return Math.min(Math.abs(frame.width - 16 - plan.width), Math.abs(frame.height - 16 - plan.height));
  };
  await expect.poll(fit).toBeLessThan(3);
  for (const size of [
    { width: 1920, height: 1080 },
    { width: 1100, height: 700 },
  ]) {
    await page.setViewportSize(size);
    await expect.poll(fit, { message: `fitted at ${size.width}×${size.height}` }).toBeLessThan(3);
  }
});
