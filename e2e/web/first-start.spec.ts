import { expect, test } from '@playwright/test';
import { en } from '../../renderer/i18n/en';
import { zhCN } from '../../renderer/i18n/zh-CN';
import { CordonApp, words } from '../pages/CordonApp';
import { keepScreenshot } from '../support/screenshots';

// 10:00 in Shanghai on day two of the closure: the 08–16 shift is on.
const TEN_AM = new Date('2026-11-28T10:00:00+08:00');

test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(TEN_AM);
});

test('first start seeds the demo site and asks who is on duty', async ({ page }) => {
  const app = new CordonApp(page);
  await app.open();
  await expect(app.signInDialog()).toBeVisible();
  // A tired operator just types: the name field has the focus.
  await expect(app.signInDialog().getByRole('textbox')).toBeFocused();
  await keepScreenshot(page, 'sign-in-zh');
  await app.signInAs('值班员 陈静');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('香樟苑');
  await expect(page.getByText('三林镇 · 居民 2,600 人 · 封控第 2 天')).toBeVisible();
});

test('shows the six entrances with their states, on the list and on the plan', async ({ page }) => {
  const app = new CordonApp(page);
  await app.openOverview();
  const tiles = page.getByTestId('entrance-tile');
  await expect(tiles).toHaveCount(6);
  await expect(tiles.getByRole('heading')).toHaveText([...words['zh-CN'].entrances]);
  await expect(app.entranceTile('主通道').getByTestId('entrance-state')).toHaveText('管控开放');
  for (const name of words['zh-CN'].entrances.filter((n) => n !== '主通道')) {
    await expect(app.entranceTile(name).getByTestId('entrance-state')).toHaveText('封闭');
  }
  const markers = page.locator('.entrance-marker');
  await expect(markers).toHaveCount(6);
  await expect(page.locator('.site-map img.leaflet-image-layer')).toHaveJSProperty('complete', true);
  await expect(page.locator('[title="3号 沿街门洞3：封闭"]')).toHaveCount(1);
  await expect(page.locator('[title="5号 主通道：管控开放"]')).toHaveCount(1);
  // The four doorways open onto the same street front: their markers stand in a row, west to east.
  const doorways = await Promise.all(
    [1, 2, 3, 4].map((n) => page.locator(`[title="${n}号 沿街门洞${n}：封闭"]`).boundingBox()),
  );
  const ys = doorways.map((b) => Math.round(b?.y ?? -1));
  expect(new Set(ys).size, `doorway markers at y ${ys.join(', ')}`).toBe(1);
  const xs = doorways.map((b) => b?.x ?? -1);
  expect([...xs].sort((a, b) => a - b)).toEqual(xs);
  await keepScreenshot(page, 'home-zh-1366');
});

test('shows the current shift and who stands at every post now, none short of its minimum', async ({ page }) => {
  const app = new CordonApp(page);
  await app.openOverview();
  await expect(page.getByTestId('current-shift')).toContainText('08:00–16:00');
  const posts = page.getByTestId('post-card');
  await expect(posts).toHaveCount(6);
  // At 10:00 the main passage has four for its three and the five other posts exactly
  // their two: the minimum is enough, so no post is flagged short. The staffing lines
  // are matched whole, so a flag added to one of them fails too.
  const staffing = [
    ['主通道岗', 4, 3],
    ['侧门岗', 2, 2],
    ['门洞1岗', 2, 2],
    ['门洞2岗', 2, 2],
    ['门洞3岗', 2, 2],
    ['门洞4岗', 2, 2],
  ] as const;
  await expect(posts.getByRole('heading')).toHaveText(staffing.map(([name]) => name));
  await expect(page.getByText(zhCN['home.belowMinimum'])).toHaveCount(0);
  for (const [name, count, min] of staffing) {
    const card = posts.filter({ has: page.getByRole('heading', { name, exact: true }) });
    await expect(card.getByText(`在岗 ${count} / 最少 ${min}`, { exact: true })).toBeVisible();
    await expect(card).not.toContainText('无人在岗');
    const people = card.getByTestId('post-person');
    await expect(people).toHaveCount(count);
    for (const person of await people.locator('.person-name').allInnerTexts())
      expect(person).toMatch(/^[\u4e00-\u9fff]{2,4}$/);
  }
  await expect(page.getByTestId('shift-leader')).toContainText(/本班带班：[\u4e00-\u9fff]{2,4}/);
});

test('in English, the same posts are staffed to their minimum and none is flagged short', async ({ page }) => {
  const app = new CordonApp(page);
  await app.openEnglishDemo();
  await expect(page.getByTestId('current-shift')).toContainText('08:00–16:00');
  const posts = page.getByTestId('post-card');
  await expect(posts).toHaveCount(6);
  await expect(posts.getByRole('heading')).toHaveText([
    'Main passage post',
    'Side gate post',
    'Doorway 1 post',
    'Doorway 2 post',
    'Doorway 3 post',
    'Doorway 4 post',
  ]);
  await expect(page.getByText(en['home.belowMinimum'])).toHaveCount(0);
  await expect(posts.getByText('4 on duty / min 3', { exact: true })).toHaveCount(1);
  await expect(posts.getByText('2 on duty / min 2', { exact: true })).toHaveCount(5);
});

test('the same start in the evening shows the 16–24 shift with other people', async ({ page }) => {
  const app = new CordonApp(page);
  await app.openOverview();
  const people = page.getByTestId('post-person');
  // Counted first: comparing two empty rosters would pass.
  await expect(people).toHaveCount(14);
  const morning = await people.locator('.person-name').allInnerTexts();
  await page.clock.setFixedTime(new Date('2026-11-28T17:30:00+08:00'));
  await page.reload();
  await app.waitReady();
  await expect(page.getByTestId('current-shift')).toContainText('16:00–24:00');
  await expect(people).toHaveCount(14);
  const evening = await people.locator('.person-name').allInnerTexts();
  expect(evening.filter((n) => morning.includes(n))).toEqual([]);
});
