import { expect, test, type Page } from '@playwright/test';
import { CordonApp } from '../pages/CordonApp';
import { keepScreenshot } from '../support/screenshots';

// 09:55 in Shanghai on day two: the demo's hourly rounds are all back; the 10:00 round is next.
const START = new Date('2026-11-28T09:55:00+08:00');
const MIN = 60_000;

const w = {
  'zh-CN': {
    nav: '巡逻',
    today: '今日巡逻',
    flags: '需要注意',
    lateFlag: /外围巡逻（顺时针） 10:00 一轮已迟 10 分钟未出发/,
    overdueFlag: /外围巡逻（顺时针） 10:00 一轮已超时 \d+ 分钟未归/,
    start: '开始本轮',
    startTitle: /开始巡逻/,
    recording: /正在记录/,
    header: /巡逻告警：1 轮/,
    time: '时间（时:分，留空为现在）',
    clear: /到达，正常/,
    observed: /到达，发现情况（警戒带或护栏损坏）：3号门洞护栏被推开/,
    raised: '已上报事件',
    refusedFuture: '时间不能晚于现在。',
    done: /已完成|已结束/,
    note: '3号门洞护栏被推开',
  },
  en: {
    nav: 'Patrols',
    today: 'Today',
    flags: 'Needs attention',
    lateFlag: /Perimeter patrol \(clockwise\): the round due 10:00 has not started, 10 min late/,
    overdueFlag: /Perimeter patrol \(clockwise\): the round due 10:00 is out \d+ min longer than expected/,
    start: 'Start round',
    startTitle: /Start round:/,
    recording: /Recording:/,
    header: /Patrol alerts: 1 rounds/,
    time: 'Time (HH:MM, blank for now)',
    clear: /reached, all clear/,
    observed: /reached, observation \(Damage to tape or rails\): rail at doorway 3 pushed aside/,
    raised: 'Raised as an incident',
    refusedFuture: 'The time cannot be later than now.',
    done: /Done|Ended/,
    note: 'rail at doorway 3 pushed aside',
  },
} as const;

const flags = (page: Page, name: string) => page.getByRole('region', { name: new RegExp(name) });

for (const lang of ['zh-CN', 'en'] as const) {
  test(`${lang}: a round due at 10:00 is flagged at 10:10 by the clock alone, then recorded by keyboard with an incident`, async ({
    page,
  }) => {
    const l = w[lang];
    await page.clock.install({ time: START });
    const app = new CordonApp(page);
    if (lang === 'en') await app.openEnglishDemo();
    else await app.openOverview();
    await app.goTo(l.nav);
    await expect(page.getByRole('tab', { name: l.today })).toHaveAttribute('aria-selected', 'true');
    const alert = page.getByRole('link', { name: l.header });

    // Due at 10:00, still within the grace at 10:09: not flagged.
    await page.clock.fastForward(14 * MIN);
    await expect(page.getByTestId('clock')).toContainText('10:09');
    await expect(flags(page, l.flags)).toHaveCount(0);
    await expect(alert).toHaveCount(0);
    // 10:10: flagged on the screen and in the header, by the clock alone.
    await page.clock.fastForward(MIN);
    await expect(flags(page, l.flags)).toContainText(l.lateFlag);
    await expect(alert).toBeVisible();
    await keepScreenshot(page, `patrols-today-late-${lang}`);

    // From here on, keys only.
    await page
      .getByRole('region', { name: new RegExp(lang === 'en' ? 'Next round' : '下一轮') })
      .getByRole('button', { name: l.start })
      .focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: l.startTitle });
    await expect(dialog).toBeVisible();
    await page.keyboard.press('1');
    await page.keyboard.press('2');
    await expect(dialog.getByRole('checkbox', { checked: true })).toHaveCount(2);
    await page.keyboard.press('Enter');
    await expect(dialog).toBeHidden();
    const panel = page.getByRole('region', { name: l.recording });
    await expect(panel).toBeVisible();
    // Started: the flag and the header count clear.
    await expect(flags(page, l.flags)).toHaveCount(0);
    await expect(alert).toHaveCount(0);

    // Out longer than expected (25 min) plus grace (10 min): flagged again.
    await page.clock.fastForward(36 * MIN);
    await expect(flags(page, l.flags)).toContainText(l.overdueFlag);
    await expect(alert).toBeVisible();

    // Checkpoint 1: Enter alone, reached now, all clear.
    await expect(panel.getByLabel(l.time, { exact: true })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(panel.getByRole('listitem').nth(0)).toContainText(l.clear);
    // A time in the future is refused with a message, and nothing is written.
    await page.keyboard.type('10:59');
    await page.keyboard.press('Enter');
    await expect(panel.getByRole('alert')).toHaveText(l.refusedFuture);
    for (let i = 0; i < 5; i++) await page.keyboard.press('Backspace');
    // Checkpoint 2: an observation, damage, with what was seen.
    await page.keyboard.press('Tab');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Tab');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Tab');
    await page.keyboard.type(l.note);
    await page.keyboard.press('Enter');
    await expect(panel.getByRole('listitem').nth(1)).toContainText(l.observed);
    // Raised to an incident: the button before the form, then the keys are back on the form.
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Enter');
    await expect(panel.getByRole('listitem').nth(1)).toContainText(l.raised);
    await expect(panel.getByLabel(l.time, { exact: true })).toBeFocused();
    // The other six: Enter each.
    for (let i = 2; i < 8; i++) {
      await page.keyboard.press('Enter');
      await expect(panel.getByRole('listitem').nth(i)).toContainText(l.clear);
    }
    await keepScreenshot(page, `patrols-today-recorded-${lang}`);
    // All reported: the focus is on the end; Enter ends the round.
    await page.keyboard.press('Enter');
    await expect(panel).toHaveCount(0);
    const row = page.getByRole('row').filter({ hasText: '10:00' }).first();
    await expect(row).toContainText(l.done);
    await expect(row).toContainText(/10:10/);
  });
}
