import { expect, test } from '@playwright/test';
import { CordonApp } from '../pages/CordonApp';
import { holdBack } from '../support/holdBack';
import { keepScreenshot } from '../support/screenshots';

/**
 * Each screen but the overview loads its code on its first visit. Until that code is
 * there, the screen the operator came from stays on the page: no frame in between may
 * show an empty main area (it did, for 300 ms, on every first visit).
 */
test('opening each screen for the first time never blanks the page in between', async ({ page }) => {
  const app = new CordonApp(page);
  await app.openOverview();
  // Sampled every frame: how many frames showed no screen in the main area.
  await page.evaluate(() => {
    const w = window as unknown as { __blankFrames: string[] };
    w.__blankFrames = [];
    const sample = () => {
      const host = document.querySelector<HTMLElement>('main .screen-host');
      // The host is display: contents; a screen that shows has a box of its own.
      const visible = host !== null && [...host.children].some((c) => c.getBoundingClientRect().height > 0);
      if (!visible) w.__blankFrames.push(window.location.hash);
      requestAnimationFrame(sample);
    };
    requestAnimationFrame(sample);
  });
  for (const [label, path] of [
    ['出入口', '/entrances'],
    ['围挡工程', '/perimeter'],
    ['审计记录', '/audit'],
    ['设置', '/settings'],
    ['地图', '/map'],
  ] as const) {
    await app.goTo(label);
    await expect(page.locator(`main [data-screen="${path}"]`)).toBeVisible();
    await expect(page.getByRole('navigation').getByRole('link', { name: label, exact: true })).toHaveAttribute(
      'aria-current',
      'page',
    );
    // A frame or two after the new screen shows, so a blank frame just before it is counted.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  }
  await expect(page.locator('main [data-screen="/map"] .entrance-marker')).toHaveCount(6);
  const blank = await page.evaluate(() => (window as unknown as { __blankFrames: string[] }).__blankFrames);
  expect(blank, 'frames with an empty main area, by route').toEqual([]);
});

test('while the next screen’s code is on its way, the current screen stays, marked busy', async ({ page }) => {
  const app = new CordonApp(page);
  await app.openOverview();
  const release = await holdBack(page, '**/assets/SettingsScreen-*.js');
  const nav = page.getByRole('navigation');
  await nav.getByRole('link', { name: '设置', exact: true }).click();
  const main = page.locator('main');
  await expect(main).toHaveAttribute('aria-busy', 'true');
  await expect(page.locator('main [data-screen="/"] section.home')).toBeVisible();
  await expect(nav.getByRole('link', { name: '总览', exact: true })).toHaveAttribute('aria-current', 'page');

  release();
  await expect(page.locator('main [data-screen="/settings"]')).toBeVisible();
  await expect(main).not.toHaveAttribute('aria-busy');
  await expect(nav.getByRole('link', { name: '设置', exact: true })).toHaveAttribute('aria-current', 'page');
});

/**
 * The map waits for its data and its code before it replaces the current screen. A
 * second click meanwhile is not made to wait behind it (React commits no transition while
 * an earlier one is still pending): the screen asked for last shows, and the map does not.
 */
test('going on to another screen while the map is still on its way shows that screen, not the map', async ({
  page,
}) => {
  const release = await holdBack(page, '**/assets/MapScreen-*.js');
  const app = new CordonApp(page);
  await app.openOverview();
  // The page's timers stand still from here: the map waits for its code for as long as it is held
  // back (its wait is never up), so the other screen shows only if it is not made to wait behind it.
  await page.clock.install();
  await page.clock.pauseAt(Date.now() + 60_000);
  const nav = page.getByRole('navigation');
  await nav.getByRole('link', { name: '地图', exact: true }).click();
  await expect(page.locator('main')).toHaveAttribute('aria-busy', 'true');
  await nav.getByRole('link', { name: '出入口', exact: true }).click();
  // Shown while the map's code is still held back.
  await expect(page.locator('main [data-screen="/entrances"]')).toBeVisible();
  await expect(nav.getByRole('link', { name: '出入口', exact: true })).toHaveAttribute('aria-current', 'page');
  await expect(page.locator('main')).not.toHaveAttribute('aria-busy');
  // The map's code arriving later changes nothing.
  const arrived = page.waitForResponse('**/assets/MapScreen-*.js');
  release();
  await arrived;
  await page.clock.resume();
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  await expect(page.locator('main [data-screen="/entrances"]')).toBeVisible();
  await expect(page.locator('main [data-screen="/map"]')).toHaveCount(0);
  expect(new URL(page.url()).hash).toBe('#/entrances');
});

for (const lang of ['zh-CN', 'en'] as const) {
  test(`a screen whose code cannot load says so in ${lang}, and the rest of the app carries on`, async ({ page }) => {
    const app = new CordonApp(page);
    if (lang === 'en') await app.openEnglishDemo();
    else await app.openOverview();
    const text =
      lang === 'en'
        ? { failed: 'This screen could not be opened.', reload: 'Reload', map: 'Map' }
        : { failed: '此页面无法打开。', reload: '重新载入', map: '地图' };
    // As when a file of the app is missing (an update gone wrong): the audit screen's code does not load.
    await page.route('**/assets/AuditScreen-*.js', (route) => route.abort());
    await app.goTo(app.w.audit);
    const failed = page.locator('main [data-screen="/audit"]').getByRole('alert');
    await expect(failed).toContainText(text.failed);
    await expect(failed.getByRole('button', { name: text.reload })).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(app.w.site);
    await keepScreenshot(page, `screen-failed-${lang}`);

    // The navigation still works, and the map opens as ever.
    await app.goTo(text.map);
    await expect(page.locator('main [data-screen="/map"] .entrance-marker')).toHaveCount(6);

    // Once the file is there again, opening the screen again loads its code afresh: no reload needed.
    await page.unroute('**/assets/AuditScreen-*.js');
    await app.goTo(app.w.audit);
    await expect(page.getByTestId('audit-row').first()).toBeVisible();
    await expect(page.getByRole('alert')).toHaveCount(0);
  });
}

/**
 * The map and the overview read all they draw before they replace the current screen,
 * so they appear whole: no frame shows the map without its works or its patrol route,
 * or the overview's plan without its posts (each layer used to arrive on its own).
 */
test('the map opened from the overview, and the overview again from the map, appear with every layer at once', async ({
  page,
}) => {
  const app = new CordonApp(page);
  await app.openOverview();
  // Sampled every frame: the markers each screen showed, from its first frame on.
  await page.evaluate(() => {
    const w = window as unknown as { __frames: string[] };
    w.__frames = [];
    const sample = () => {
      for (const screen of document.querySelectorAll<HTMLElement>('main [data-screen]')) {
        const count = (cls: string) => screen.querySelectorAll(`.${cls}`).length;
        w.__frames.push(
          `${screen.dataset.screen ?? ''} ${['entrance-marker', 'post-marker', 'work-marker', 'checkpoint-marker'].map(count).join('/')}`,
        );
      }
      requestAnimationFrame(sample);
    };
    requestAnimationFrame(sample);
  });
  await app.goTo('地图');
  const map = page.locator('main [data-screen="/map"]');
  await expect(map.locator('.checkpoint-marker')).toHaveCount(8);
  await expect(map.locator('.work-marker')).toHaveCount(4);
  await app.goTo('总览');
  await app.waitReady();
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));

  const frames = await page.evaluate(() => (window as unknown as { __frames: string[] }).__frames);
  const onMap = frames.filter((f) => f.startsWith('/map '));
  expect(onMap.length, 'frames that showed the map').toBeGreaterThan(0);
  expect(new Set(onMap), 'what the map showed, frame by frame').toEqual(new Set(['/map 6/6/4/8']));
  // The overview shows entrances and posts (no works, no route) from the frame it is back.
  const backHome = frames.slice(frames.lastIndexOf(onMap.at(-1) ?? '') + 1).filter((f) => f.startsWith('/ '));
  expect(backHome.length, 'frames that showed the overview again').toBeGreaterThan(0);
  expect(new Set(backHome), 'what the overview showed, frame by frame').toEqual(new Set(['/ 6/6/0/0']));
});
