import { expect, test } from '@playwright/test';
import { CordonApp } from '../pages/CordonApp';

// The laptop may be set to any zone; the site's clock, shifts and days are Shanghai's.
test.use({ timezoneId: 'America/Los_Angeles' });

test('on a laptop set to Los Angeles, the site still runs on Shanghai time', async ({ page }) => {
  // 00:30 on 29 Nov in Shanghai is still 28 Nov, 08:30 in Los Angeles.
  await page.clock.setFixedTime(new Date('2026-11-29T00:30:00+08:00'));
  const app = new CordonApp(page);
  await app.openOverview();
  await expect(page.getByTestId('clock')).toHaveText('00:30:00');
  await expect(page.getByTestId('current-shift')).toContainText('00:00–08:00');
  // The demo was seeded "live" at this moment: the closure began at 01:30 the day before.
  await expect(page.getByText('封控第 2 天')).toBeVisible();
  await expect(page.getByText('2026年11月29日')).toBeVisible();
  await expect(page.getByTestId('post-person')).toHaveCount(15);
});

test('the shift turns over at Shanghai midnight, not the laptop’s', async ({ page }) => {
  // A clock the test moves: it runs on its own from 23:59:40 until fast-forwarded.
  await page.clock.install({ time: new Date('2026-11-28T23:59:40+08:00') });
  const app = new CordonApp(page);
  await app.openOverview();
  await expect(page.getByTestId('current-shift')).toContainText('16:00–24:00');
  await expect(page.getByText('封控第 2 天')).toBeVisible();
  const people = page.getByTestId('post-person');
  // Counted first: an empty roster would have nobody in common with the next one.
  await expect(people).toHaveCount(14);
  const evening = await people.locator('.person-name').allInnerTexts();
  await page.clock.fastForward('00:30');
  // No reload: the minute tick alone moves the header and the roster to the next shift.
  await expect(page.getByTestId('current-shift')).toContainText('00:00–08:00');
  await expect(page.getByTestId('clock')).toHaveText(/^00:00:/);
  // The roster follows the header as soon as its query has run.
  // Counted in the same look as the names: a roster caught empty shares nobody either.
  const nextShift = async () => {
    const names = await people.locator('.person-name').allInnerTexts();
    return { count: names.length, shared: names.filter((n) => evening.includes(n)) };
  };
  await expect.poll(nextShift).toEqual({ count: 15, shared: [] });
  await expect(page.getByText('封控第 3 天')).toBeVisible();
});
