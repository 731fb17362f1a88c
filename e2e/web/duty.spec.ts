import { expect, test, type Locator, type Page } from '@playwright/test';
import { CordonApp, type Lang } from '../pages/CordonApp';
import { keepScreenshot, sizesFor } from '../support/screenshots';

// 08:05 in Shanghai on day two of the closure: the 08–16 shift has begun, everyone on it
// checked in a few minutes early. The spec moves the clock on to 08:40 mid-way.
const START = new Date('2026-11-28T08:05:00+08:00');
const LATER = new Date('2026-11-28T08:40:00+08:00');

const w = {
  'zh-CN': {
    nav: '排班',
    tab: '当班',
    shift: '白班',
    night: '夜班',
    previous: '← 上一班',
    next: '下一班 →',
    backToNow: '回到当前班次',
    running: '正在进行',
    post: '门洞2岗',
    entrance: '沿街门洞2',
    checkIn: '签到',
    checkOut: '签退',
    undoIn: '撤销签到',
    swap: '换人',
    time: '时间',
    history: '本班记录',
    swapSearch: '接替人员（输入姓名筛选）',
    search: '查找人员或岗位',
    notYet: '未签到',
    in: (t: string) => `已签到 ${t}`,
    late: (t: string, m: number) => `⚠ 迟到 ${t}（晚 ${m} 分钟）`,
    out: (t: string) => `已签退 ${t}`,
    replaced: (n: string, t: string) => `换班：${t} 由 ${n} 接替`,
    replaces: (n: string) => `接替 ${n}`,
    eventIn: (n: string) => `08:05 ${n} 在门洞2岗签到`,
    eventLate: (n: string) => `08:31 ⚠ ${n} 在门洞2岗签到（迟到 31 分钟）`,
    eventOut: (n: string) => `08:40 ${n} 在门洞2岗签退`,
    eventSwap: (from: string, to: string) => `08:40 门洞2岗换人：${to} 接替 ${from}`,
    inFuture: '时间晚于现在，请检查。',
    shortIn: '已签到',
    shortLate: '⚠ 迟到',
    shortOut: '已签退',
    where: (post: string) => `${post} · 白班 · 已签到 08:40`,
    notOnDuty: '此时不在岗',
    overview: '总览',
  },
  en: {
    nav: 'Shifts',
    tab: 'On duty',
    shift: 'Day',
    night: 'Night',
    previous: '← Previous shift',
    next: 'Next shift →',
    backToNow: 'Back to the shift now',
    running: 'Running now',
    post: 'Doorway 2 post',
    entrance: 'Street doorway 2',
    checkIn: 'Check in',
    checkOut: 'Check out',
    undoIn: 'Undo check-in',
    swap: 'Swap',
    time: 'Time',
    history: 'Record of this shift',
    swapSearch: 'Replacement (type to narrow)',
    search: 'Find a person or post',
    notYet: 'Not checked in',
    in: (t: string) => `Checked in ${t}`,
    late: (t: string, m: number) => `⚠ Late ${t} (${m} min)`,
    out: (t: string) => `Checked out ${t}`,
    replaced: (n: string, t: string) => `Swapped: replaced by ${n} at ${t}`,
    replaces: (n: string) => `Took over from ${n}`,
    eventIn: (n: string) => `08:05 ${n} checked in at Doorway 2 post`,
    eventLate: (n: string) => `08:31 ⚠ ${n} checked in at Doorway 2 post (31 min late)`,
    eventOut: (n: string) => `08:40 ${n} checked out at Doorway 2 post`,
    eventSwap: (from: string, to: string) => `08:40 Doorway 2 post: ${to} took over from ${from}`,
    inFuture: 'The time is later than now: please check it.',
    shortIn: 'In',
    shortLate: '⚠ Late',
    shortOut: 'Out',
    where: (post: string) => `${post} · Day · Checked in 08:40`,
    notOnDuty: 'Not on duty now',
    overview: 'Overview',
  },
} as const;

test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(START);
});

async function openDuty(app: CordonApp, lang: Lang): Promise<void> {
  await app.goTo(w[lang].nav);
  await app.page.getByRole('tab', { name: w[lang].tab }).click();
  await expect(app.page.getByTestId('duty-shift')).toContainText('08:00–16:00');
}

const dutyPost = (page: Page, name: string) =>
  page.getByTestId('duty-post').filter({ has: page.getByRole('heading', { name, exact: true }) });
const personRow = (post: Locator, name: string) => post.getByRole('listitem', { name, exact: true });
/** An option's text is the name, then the phone. */
const nameOf = async (option: Locator) => ((await option.textContent()) ?? '').replace(/[\d\s+()-]+$/, '');

for (const lang of ['zh-CN', 'en'] as const) {
  test(`${lang}: check-in, a late typed check-in, check-out and a swap, in the record, the overview and the search`, async ({
    page,
  }) => {
    const l = w[lang];
    const app = new CordonApp(page);
    if (lang === 'en') await app.openEnglishDemo();
    else await app.openOverview();
    await openDuty(app, lang);
    await expect(page.getByTestId('duty-shift')).toContainText(l.shift);
    await expect(page.getByTestId('duty-shift')).toContainText(l.running);
    // The night before and the evening after are a click away, and back to now in one more.
    await page.getByRole('button', { name: l.previous }).click();
    await expect(page.getByTestId('duty-shift')).toContainText(`${l.night} · `);
    await expect(page.getByTestId('duty-shift')).toContainText('00:00–08:00');
    await expect(page.getByTestId('duty-shift')).not.toContainText(l.running);
    await page.getByRole('button', { name: l.next }).click();
    await page.getByRole('button', { name: l.next }).click();
    await expect(page.getByTestId('duty-shift')).toContainText('16:00–24:00');
    await page.getByRole('button', { name: l.backToNow }).click();
    await expect(page.getByTestId('duty-shift')).toContainText(l.running);

    const post = dutyPost(page, l.post);
    const rows = post.getByTestId('duty-person');
    await expect(rows).toHaveCount(2);
    const [a = '', b = ''] = await rows.evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? ''));
    const rowA = personRow(post, a);
    const rowB = personRow(post, b);

    // A check-in made by mistake is undone, then made again with one click: dated now, on time.
    await rowA.getByRole('button', { name: l.undoIn, exact: true }).click();
    await expect(rowA).toContainText(l.notYet);
    await rowA.getByRole('button', { name: l.checkIn, exact: true }).click();
    await expect(rowA).toContainText(l.in('08:05'));

    // Later on: a typed time past now is refused in words; 08:31, past the 15 minutes' grace, is flagged late.
    await page.clock.setFixedTime(LATER);
    await rowB.getByRole('button', { name: l.undoIn, exact: true }).click();
    // The undo done (it clears the time field when it is), then the time typed.
    await expect(rowB).toContainText(l.notYet);
    const time = page.getByLabel(l.time, { exact: true });
    await time.fill('08:42');
    await rowB.getByRole('button', { name: l.checkIn, exact: true }).click();
    await expect(page.getByRole('alert')).toHaveText(new RegExp(l.inFuture.replace(/[.?()]/g, '\\$&')));
    await expect(rowB).toContainText(l.notYet);
    await time.fill('08:31');
    await rowB.getByRole('button', { name: l.checkIn, exact: true }).click();
    await expect(rowB).toContainText(l.late('08:31', 31));
    await expect(time).toHaveValue('');

    await rowA.getByRole('button', { name: l.checkOut, exact: true }).click();
    await expect(rowA).toContainText(l.out('08:40'));

    // A swap by keyboard alone: type nothing, arrow to the second, Enter picks, Enter swaps.
    await rowB.getByRole('button', { name: l.swap, exact: true }).click();
    const dialog = page.getByRole('dialog');
    const box = dialog.getByRole('combobox', { name: l.swapSearch });
    await expect(box).toBeFocused();
    const options = dialog.getByRole('option');
    const offDuty = await nameOf(options.nth(0));
    const c = await nameOf(options.nth(1));
    await box.fill(c);
    await expect(options.first()).toContainText(c);
    await box.press('Enter');
    await expect(options.first()).toHaveAttribute('aria-selected', 'true');
    await box.press('Enter');
    await expect(dialog).toBeHidden();
    await expect(rowB).toContainText(l.replaced(c, '08:40'));
    const rowC = personRow(post, c);
    await expect(rowC).toContainText(l.in('08:40'));
    await expect(rowC).toContainText(l.replaces(b));

    const history = page.getByRole('region', { name: l.history }).getByRole('listitem');
    await expect(history.filter({ hasText: l.eventLate(b) })).toHaveCount(1);
    await expect(history.filter({ hasText: l.eventIn(a) })).toHaveCount(1);
    await expect(history.filter({ hasText: l.eventOut(a) })).toHaveCount(1);
    await expect(history.filter({ hasText: l.eventSwap(b, c) })).toHaveCount(1);
    // In time order: 08:05, 08:31, then the swap and the check-out at 08:40.
    const texts = await history.allInnerTexts();
    const order = [l.eventIn(a), l.eventLate(b), l.eventSwap(b, c), l.eventOut(a)].map((e) => texts.indexOf(e));
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((x, y) => x - y)).toEqual(order);
    await keepScreenshot(page, `duty-${lang}-after`);

    // The overview: the swapped-out person is gone from the post, the others say where they stand.
    await app.goTo(l.overview);
    const card = page
      .getByTestId('post-card')
      .filter({ has: page.getByRole('heading', { name: l.post, exact: true }) });
    const people = card.getByTestId('post-person');
    await expect(people).toHaveCount(2);
    await expect(people.filter({ hasText: a }).getByTestId('presence')).toHaveText(l.shortOut);
    await expect(people.filter({ hasText: c }).getByTestId('presence')).toHaveText(l.shortIn);
    await expect(card).not.toContainText(b);

    // The header answers "where is c" and "who is at the street doorway 2" in one step.
    const search = page.getByRole('banner').getByRole('combobox', { name: l.search });
    await search.fill(c);
    const hits = page.getByRole('listbox').getByRole('option');
    await expect(hits.filter({ hasText: c }).first()).toContainText(l.where(l.post));
    await keepScreenshot(page, `duty-search-person-${lang}`);
    await search.fill(offDuty);
    await expect(hits.filter({ hasText: offDuty }).first()).toContainText(l.notOnDuty);
    await search.fill(l.entrance);
    await expect(hits).toHaveCount(1);
    await expect(hits).toContainText(l.post);
    await expect(hits).toContainText(c);
    await expect(hits).not.toContainText(b);
    await keepScreenshot(page, `duty-search-${lang}`);
    await search.press('Enter');
    await expect(page).toHaveURL(/#\/shifts$/);
    await expect(search).toHaveValue('');
  });
}

const sizes = [
  { name: '1366', width: 1366, height: 768 },
  { name: '1920', width: 1920, height: 1080 },
] as const;

// Not assertions of pixels: the tab and the search as a person sees them, kept to look at.
for (const lang of ['zh-CN', 'en'] as const) {
  test(`${lang}: the duty tab and the header search, light and dark, at laptop and wall sizes`, async ({ page }) => {
    const l = w[lang];
    const app = new CordonApp(page);
    if (lang === 'en') await app.openEnglishDemo();
    else await app.openOverview();
    for (const theme of ['light', 'dark'] as const) {
      if (theme === 'dark') {
        await app.goTo(app.w.settings);
        await page.getByLabel(lang === 'en' ? 'Theme' : '主题').selectOption('dark');
        await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
      }
      for (const size of sizesFor(theme, sizes)) {
        await page.setViewportSize({ width: size.width, height: size.height });
        await openDuty(app, lang);
        const overflow = await page.locator('main').evaluate((m) => m.scrollWidth - m.clientWidth);
        expect(overflow, `horizontal overflow at ${size.name}`).toBeLessThanOrEqual(1);
        // The search sits in the header's one row, level with the clock.
        const box = await page.getByRole('banner').getByRole('combobox', { name: l.search }).boundingBox();
        const clock = await page.getByTestId('clock').boundingBox();
        const middle = (b: typeof box) => (b ? b.y + b.height / 2 : -100);
        expect(Math.abs(middle(box) - middle(clock)), `search beside the clock at ${size.name}`).toBeLessThan(16);
        await keepScreenshot(page, `duty-${lang}-${theme}-${size.name}`);
        await page.getByRole('banner').getByRole('combobox', { name: l.search }).fill(l.entrance);
        await expect(page.getByRole('listbox').getByRole('option')).toHaveCount(1);
        await keepScreenshot(page, `duty-search-${lang}-${theme}-${size.name}`);
        await page.getByRole('banner').getByRole('combobox', { name: l.search }).press('Escape');
      }
    }
  });
}
