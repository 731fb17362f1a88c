import { expect, test } from '@playwright/test';
import { CordonApp } from '../pages/CordonApp';
import { holdBack } from '../support/holdBack';

/**
 * Every screen reads live from its first read on: a change made in another window while
 * this one is still starting (its store read, its screen's code still on its way, as on a
 * slow laptop or a wall screen reloading) is what it shows when it is drawn, and it never
 * shows the state from before the change, not even for a frame.
 */
test('a change made in another window while this one is still starting shows here at once, never the state before', async ({
  context,
}) => {
  const other = new CordonApp(await context.newPage());
  await other.openOverview('王伟');

  const page = await context.newPage();
  // Every frame from the start: what the plan says of doorway 3.
  await page.addInitScript(() => {
    const w = window as unknown as { __doorway3: string[] };
    w.__doorway3 = [];
    const sample = () => {
      const title = document.querySelector('.entrance-marker[title*="沿街门洞3"]')?.getAttribute('title');
      if (title) w.__doorway3.push(title);
      requestAnimationFrame(sample);
    };
    requestAnimationFrame(sample);
  });
  // Started on the map (a reload there), whose code is held back: the store is open and
  // read, the screen not drawn yet.
  const release = await holdBack(page, '**/assets/MapScreen-*.js');
  const mapCode = page.waitForRequest('**/assets/MapScreen-*.js');
  const app = new CordonApp(page);
  await app.open('/map');
  await mapCode;
  await expect(page.locator('body')).toContainText('正在打开数据');

  await other.changeEntranceState('沿街门洞3', '管控开放', '送透析病人');
  release();
  const marker = page.locator('.entrance-marker[title*="沿街门洞3"]');
  await expect(marker).toHaveAttribute('title', /管控开放/);
  const seen = await page.evaluate(() => (window as unknown as { __doorway3: string[] }).__doorway3);
  expect(seen.length).toBeGreaterThan(0);
  expect(
    seen.filter((title) => !title.includes('管控开放')),
    'frames that showed doorway 3 as it was before the change',
  ).toEqual([]);
});

/**
 * A page that never has an idle moment (kept busy, as a wall screen drawing all day may
 * be, here by taking away its idle callbacks and its timers of a second or more): its
 * queries watch the store from the moment it is drawn all the same, so a change made in
 * another window just as it has drawn its first screen shows within a second. Nothing in
 * the read path may wait for the page to settle.
 *
 * The second is proved by construction, not by a stopwatch (which a loaded CI machine
 * overruns): a read path that waited on an idle callback or on a timer of a second or
 * more would never show the change here at all. How fast it shows is `npm run bench`'s.
 */
test('a page that is never idle shows a change made in another window just after it has drawn, within a second', async ({
  context,
}) => {
  const other = new CordonApp(await context.newPage());
  await other.openOverview('王伟');
  // The change is one click away in the other window: its dialog open, its reason typed.
  await other.entranceTile('沿街门洞3').getByRole('button', { name: '改状态' }).click();
  const dialog = other.page.getByRole('dialog');
  await dialog.getByLabel('原因（可选）').fill('送透析病人');

  const page = await context.newPage();
  await page.addInitScript(() => {
    window.requestIdleCallback = () => 0;
    window.cancelIdleCallback = () => undefined;
    const setTimeoutAsIs = window.setTimeout.bind(window);
    const late = (handler: TimerHandler, ms?: number, ...rest: unknown[]) =>
      ms !== undefined && ms >= 1000 ? 0 : setTimeoutAsIs(handler, ms, ...rest);
    window.setTimeout = late as typeof window.setTimeout;
  });
  const app = new CordonApp(page);
  await app.open();
  await page.waitForFunction(() => performance.getEntriesByName('cordon:home-mounted').length > 0);
  const doorway = app.entranceTile('沿街门洞3').getByTestId('entrance-state');
  await expect(doorway).toHaveText('封闭');

  await dialog.getByRole('button', { name: '管控开放' }).click();
  await expect(doorway).toHaveText('管控开放');
});
