import { expect, test, type Page } from '@playwright/test';
import { CordonApp, type Lang } from '../pages/CordonApp';
import { keepScreenshot, sizesFor } from '../support/screenshots';

// The demo is seeded at 10:12 on its second day (Shanghai): every round so far started on
// time, the 10:00 one still out. The clock then jumps to 13:30 with nobody walking: the
// 10:00 round is out too long, 11:00 and 12:00 are missed, 13:00 is late.
const SEEDED = new Date('2026-11-28T10:12:00+08:00');

const w = {
  'zh-CN': {
    nav: '巡逻',
    tab: '巡逻记录',
    route: '外围巡逻（顺时针）',
    count: '共 24 轮',
    night: /^夜班 /,
    day: /^白班 /,
    total: '合计',
    pct: (n: number, p: number) => `${n}（${p}%）`,
    missed: '漏巡',
    late: '迟到未出发',
    overdue: '超时未归',
    expand: (due: string, route: string) => `展开 ${due} ${route} 的检查点`,
    period: '时段',
    month: '一月',
    previous: '上一段',
    today: '今天',
    monthCount: '共 94 轮',
  },
  en: {
    nav: 'Patrols',
    tab: 'History',
    route: 'Perimeter patrol (clockwise)',
    count: '24 rounds',
    night: /^Night /,
    day: /^Day /,
    total: 'Total',
    pct: (n: number, p: number) => `${n} (${p}%)`,
    missed: 'Missed',
    late: 'Late, not started',
    overdue: 'Out too long',
    expand: (due: string, route: string) => `Show the checkpoints of ${route} due ${due}`,
    period: 'Period',
    month: 'Month',
    previous: 'Previous',
    today: 'Today',
    monthCount: '94 rounds',
  },
} as const;

async function openHistory(app: CordonApp, lang: Lang) {
  await app.goTo(w[lang].nav);
  const tab = app.page.getByRole('tab', { name: w[lang].tab, exact: true });
  await tab.click();
  await expect(app.page.getByText(w[lang].count)).toBeVisible();
}

async function openDemoAt13h30(page: Page, lang: Lang): Promise<CordonApp> {
  await page.clock.install({ time: SEEDED });
  const app = new CordonApp(page);
  if (lang === 'en') await app.openEnglishDemo();
  else await app.openOverview();
  await page.clock.fastForward('03:18:00');
  return app;
}

const cells = (page: Page, table: string, row: string | RegExp) =>
  page.getByRole('table', { name: table }).getByRole('row', { name: row }).getByRole('cell');

for (const lang of ['zh-CN', 'en'] as const) {
  test(`${lang}: a day's rounds with their punctuality per route, shift and hour, and a round's checkpoints`, async ({
    page,
  }) => {
    const l = w[lang];
    const app = await openDemoAt13h30(page, lang);
    await openHistory(app, lang);
    const byRoute = lang === 'en' ? 'By route' : '按路线';
    const byShift = lang === 'en' ? 'By shift' : '按班次';
    const byHour = lang === 'en' ? 'By hour of day (site time)' : '按钟点（现场时间）';

    // 00:00–13:00 judged: 11 started on time, 10 came back with every checkpoint, 10:00 out too long, 2 missed.
    await expect(cells(page, byRoute, new RegExp(`^${l.route.replace(/[()（）]/g, '.')}`))).toHaveText([
      '14',
      l.pct(11, 79),
      l.pct(10, 71),
      l.pct(10, 71),
      l.pct(1, 7),
      l.pct(2, 14),
    ]);
    await expect(cells(page, byShift, l.night)).toHaveText([
      '8',
      l.pct(8, 100),
      l.pct(8, 100),
      l.pct(8, 100),
      l.pct(0, 0),
      l.pct(0, 0),
    ]);
    await expect(cells(page, byShift, l.day)).toHaveText([
      '6',
      l.pct(3, 50),
      l.pct(2, 33),
      l.pct(2, 33),
      l.pct(1, 17),
      l.pct(2, 33),
    ]);
    await expect(cells(page, byHour, '10:00')).toHaveText(['1', '1', '0']);
    await expect(cells(page, byHour, '11:00')).toHaveText(['1', '0', '1']);
    await expect(cells(page, byHour, '14:00')).toHaveText(['0', '0', '0']);

    // The rounds in words, missed ones among them; the 09:00 round opens to its checkpoints in the order asked.
    const list = page.getByRole('list', { name: lang === 'en' ? 'Patrol rounds' : '巡逻轮次' });
    const round = (due: string) =>
      list.getByRole('listitem').filter({ has: page.getByRole('button', { name: new RegExp(` ${due}( |$)`) }) });
    await list.focus();
    await page.getByRole('button', { name: l.expand('09:00', l.route) }).scrollIntoViewIfNeeded();
    await expect(round('10:00')).toContainText(l.overdue);
    await expect(round('11:00')).toContainText(l.missed);
    await expect(round('11:00')).toContainText(lang === 'en' ? '150 min' : '150 分钟');
    await expect(round('13:00')).toContainText(l.late);
    await round('09:00').getByRole('button').click();
    const asked = round('09:00').getByRole('listitem');
    await expect(asked).toHaveCount(8);
    await expect(asked.first()).toContainText(/\d\d:\d\d/);
    await keepScreenshot(page, `patrol-history-${lang}`);

    // A month: every round of November, the period's range in words; back to today by one button.
    await page.getByLabel(l.period).selectOption({ label: l.month });
    await expect(page.getByText(l.monthCount)).toBeVisible();
    await page.getByRole('button', { name: l.today }).click();
    await expect(page.getByText(l.monthCount)).toBeVisible();

    // From–to dates, entered the wrong way round, read in order; longer than 92 days, cut short and said so.
    const en = lang === 'en';
    await page.getByLabel(l.period).selectOption({ label: en ? 'From–to' : '起止日期' });
    await page.getByLabel(en ? 'From' : '起', { exact: true }).fill('2026-11-28');
    await page.getByLabel(en ? 'To' : '止', { exact: true }).fill('2026-11-26');
    await expect(
      page.getByText(en ? /26 Nov 2026.* to .*28 Nov 2026/ : /2026年11月26日.* 至 2026年11月28日/),
    ).toBeVisible();
    await page.getByLabel(en ? 'To' : '止', { exact: true }).fill('2027-06-30');
    await expect(page.getByRole('status').filter({ hasText: en ? 'at most 92 days' : '最长 92 天' })).toBeVisible();
  });
}

const sizes = [
  { name: '1366', width: 1366, height: 768 },
  { name: '1920', width: 1920, height: 1080 },
] as const;

// Not assertions of pixels: the tab as a person sees it, kept to look at.
for (const lang of ['zh-CN', 'en'] as const) {
  test(`${lang}: the history tab, light and dark, at laptop and wall sizes`, async ({ page }) => {
    const app = await openDemoAt13h30(page, lang);
    for (const theme of ['light', 'dark'] as const) {
      if (theme === 'dark') {
        await app.goTo(app.w.settings);
        await page.getByLabel(lang === 'en' ? 'Theme' : '主题').selectOption('dark');
        await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
      }
      for (const size of sizesFor(theme, sizes)) {
        await page.setViewportSize({ width: size.width, height: size.height });
        await openHistory(app, lang);
        await page
          .getByRole('heading', { name: lang === 'en' ? 'Patrol history' : '巡逻记录' })
          .scrollIntoViewIfNeeded();
        const overflow = await page.locator('main').evaluate((m) => m.scrollWidth - m.clientWidth);
        expect(overflow, `horizontal overflow at ${size.name}`).toBeLessThanOrEqual(1);
        await keepScreenshot(page, `patrol-history-${lang}-${theme}-${size.name}`);
        // The chart by hour and its table, further down.
        await page
          .getByRole('table', { name: lang === 'en' ? 'By hour of day (site time)' : '按钟点（现场时间）' })
          .scrollIntoViewIfNeeded();
        await keepScreenshot(page, `patrol-history-${lang}-${theme}-${size.name}-chart`);
      }
    }
  });
}
