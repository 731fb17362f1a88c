import { expect, test } from '@playwright/test';
import { CordonApp } from '../pages/CordonApp';

/**
 * Each screen but the overview loads its code on its first visit. Until that code is
 * there, the screen the operator came from stays on the page: no frame in between may
 * show an empty main area (it did, for 300 ms, on every first visit).
 */
test('opening each screen for the first time never blanks the page in between', async ({ page }) => {
  const app = new CordonApp(page);
  await app.open();
  await app.signInAs('陈静');
  await app.waitReady();
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
    await expect(page.getByRole('navigation').getByRole('link', { name: label, exact: true })).toHaveAttribute('aria-current', 'page');
    // A frame or two after the new screen shows, so a blank frame just before it is counted.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  }
  await expect(page.locator('main [data-screen="/map"] .entrance-marker')).toHaveCount(6);
  const blank = await page.evaluate(() => (window as unknown as { __blankFrames: string[] }).__blankFrames);
  expect(blank, 'frames with an empty main area, by route').toEqual([]);
});
