import { expect, test, type Page } from '@playwright/test';
import { CordonApp, type Lang } from '../pages/CordonApp';
import { keepScreenshot, sizesFor } from '../support/screenshots';

const w = {
  'zh-CN': {
    nav: '巡逻',
    tab: '路线',
    map: '地图',
    edit: '编辑',
    demoRoute: '外围巡逻（顺时针）',
    renamed: '外围巡逻（逆时针）',
    newRoute: '新建路线',
    name: '路线名称',
    byTimes: '固定时间',
    times: '固定时间（当地时间，用逗号分隔）',
    order: '检查点顺序',
    shuffled: '每轮随机',
    save: '保存',
    route: '夜间巡查',
    timetable: '每天 08:00、14:00、22:00 · 预计 25 分钟 · 2 人 · 每轮随机',
    checkpointName: '检查点名称',
    checks: '检查内容',
    add: '添加检查点',
    points: [
      ['北门外', '警戒线完好'],
      ['东侧护栏', '防护栏无移动'],
      ['门洞3', '门洞无人'],
    ],
    down: (n: string) => `下移 ${n}`,
    remove: (n: string) => `移除 ${n}`,
    removed: (n: string) => `已删除 ${n}。`,
    editRoute: (n: string) => `编辑路线 ${n}`,
    startGrace: '开始宽限',
    saveAllowances: '保存宽限',
    graceError: '开始宽限须为 0–120 分钟的整数。',
    saved: '已保存',
    checkpoint3: /^巡逻点 3 /,
  },
  en: {
    nav: 'Patrols',
    tab: 'Routes',
    map: 'Map',
    edit: 'Edit',
    demoRoute: 'Perimeter patrol (clockwise)',
    renamed: 'Perimeter patrol (anticlockwise)',
    newRoute: 'New route',
    name: 'Route name',
    byTimes: 'Fixed times',
    times: 'Fixed times (local, separated by commas)',
    order: 'Checkpoint order',
    shuffled: 'Shuffled each round',
    save: 'Save',
    route: 'Night check',
    timetable: 'Daily at 08:00, 14:00, 22:00 · Expected 25 min · 2 people · Shuffled each round',
    checkpointName: 'Checkpoint name',
    checks: 'What to check',
    add: 'Add checkpoint',
    points: [
      ['North gate', 'Cordon tape intact'],
      ['East rails', 'Guard rails not moved'],
      ['Doorway 3', 'Doorway empty'],
    ],
    down: (n: string) => `Move ${n} down`,
    remove: (n: string) => `Remove ${n}`,
    removed: (n: string) => `${n} deleted.`,
    editRoute: (n: string) => `Edit route ${n}`,
    startGrace: 'Start allowance',
    saveAllowances: 'Save allowances',
    graceError: 'The start allowance must be a whole number of minutes, 0–120.',
    saved: 'Saved',
    checkpoint3: /^Checkpoint 3 /,
  },
} as const;

interface RoundRecord {
  id: string;
  routeName: string;
  checkpoints: { id: string; name: string; checks: string }[];
}

/** The rounds recorded in the store, read straight from IndexedDB: there is no history screen in this checkout. */
function recordedRounds(page: Page): Promise<RoundRecord[]> {
  return page.evaluate(
    () =>
      new Promise<RoundRecord[]>((resolve, reject) => {
        const open = indexedDB.open('cordon');
        open.onerror = () => reject(new Error('cannot open the store'));
        open.onsuccess = () => {
          const req = open.result.transaction('patrols').objectStore('patrols').getAll();
          req.onsuccess = () => {
            const rows = req.result as RoundRecord[];
            resolve(rows.map(({ id, routeName, checkpoints }) => ({ id, routeName, checkpoints })));
            open.result.close();
          };
        };
      }),
  );
}

async function openRoutes(app: CordonApp, lang: Lang) {
  await app.goTo(w[lang].nav);
  const tab = app.page.getByRole('tab', { name: w[lang].tab, exact: true });
  if ((await tab.count()) > 0) await tab.click();
}

for (const lang of ['zh-CN', 'en'] as const) {
  test(`${lang}: a route made from the list, and the demo route edited on the map, leave recorded rounds as they were`, async ({
    page,
  }) => {
    const l = w[lang];
    const app = new CordonApp(page);
    if (lang === 'en') await app.openEnglishDemo();
    else await app.openOverview();
    const before = await recordedRounds(page);
    // The demo's rounds so far (how many depends on the hour the spec runs at).
    expect(before.length).toBeGreaterThan(0);
    expect(new Set(before.map((r) => r.routeName))).toEqual(new Set([l.demoRoute]));
    await openRoutes(app, lang);

    // A new route: fixed times typed loosely, shuffled each round.
    await page.getByRole('button', { name: l.newRoute }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel(l.name).fill(l.route);
    await dialog.getByRole('radio', { name: l.byTimes }).check();
    await dialog.getByLabel(l.times).fill('22:00, 8:00 14:00');
    await dialog.getByLabel(l.order).selectOption({ label: l.shuffled });
    await dialog.getByRole('button', { name: l.save }).click();
    await expect(dialog).toBeHidden();
    const card = page.getByRole('listitem', { name: l.route, exact: true });
    await expect(card).toContainText(l.timetable);

    // Three checkpoints from the list, one moved down by button, one up by keyboard, one removed.
    const form = card.getByRole('form', { name: l.add });
    for (const [name, checks] of l.points) {
      await form.getByLabel(l.checkpointName).fill(name);
      await form.getByLabel(l.checks).fill(checks);
      await form.getByRole('button', { name: l.add }).click();
      await expect(card.getByRole('listitem', { name: new RegExp(`^\\d\\. ${name}$`) })).toBeVisible();
    }
    const [[a], [b], [c]] = l.points;
    const order = card.getByRole('list').first().getByRole('listitem');
    await card.getByRole('button', { name: l.down(a) }).click();
    await expect(order.nth(0)).toHaveAccessibleName(`1. ${b}`);
    await expect(order.nth(1)).toHaveAccessibleName(`2. ${a}`);
    await order.nth(2).focus();
    await page.keyboard.press('Alt+ArrowUp');
    await expect(order.nth(1)).toHaveAccessibleName(`2. ${c}`);
    await expect(order.nth(1)).toBeFocused();
    await card.getByRole('button', { name: l.remove(b) }).click();
    await expect(card.getByRole('status')).toHaveText(l.removed(b));
    await expect(order).toHaveCount(2);
    await expect(order.nth(0)).toHaveAccessibleName(`1. ${c}`);
    await expect(order.nth(1)).toHaveAccessibleName(`2. ${a}`);

    // The site's allowances: refused outside 0–120 with the field's own message.
    const grace = page.getByLabel(l.startGrace);
    await grace.fill('121');
    await page.getByRole('button', { name: l.saveAllowances }).click();
    await expect(page.getByText(l.graceError)).toBeVisible();
    await expect(grace).toHaveAttribute('aria-invalid', 'true');
    await grace.fill('15');
    await page.getByRole('button', { name: l.saveAllowances }).click();
    await expect(page.getByText(l.saved, { exact: true })).toBeVisible();
    await keepScreenshot(page, `patrol-routes-${lang}`);

    // The demo route renamed from the list, and one of its checkpoints moved on the map by keyboard.
    await page.getByRole('button', { name: l.editRoute(l.demoRoute) }).click();
    await dialog.getByLabel(l.name).fill(l.renamed);
    await dialog.getByRole('button', { name: l.save }).click();
    await expect(page.getByRole('heading', { name: l.renamed })).toBeVisible();
    await app.goTo(l.map);
    await page.getByRole('button', { name: l.edit, exact: true }).click();
    const marker = page.getByTitle(l.checkpoint3);
    await expect(marker).toHaveAttribute('title', new RegExp(l.renamed.replace(/[()（）]/g, '.')));
    await marker.focus();
    for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
    await page.keyboard.press('e');
    await expect(page.getByRole('button', { name: l.edit, exact: true })).toHaveAttribute('aria-pressed', 'false');

    // The rounds already walked keep the route's old name and checkpoints, row for row.
    const after = new Map((await recordedRounds(page)).map((r) => [r.id, r]));
    expect(before.map((r) => after.get(r.id))).toEqual(before);
  });
}

const sizes = [
  { name: '1366', width: 1366, height: 768 },
  { name: '1920', width: 1920, height: 1080 },
] as const;

// Not assertions of pixels: the tab as a person sees it, kept to look at.
for (const lang of ['zh-CN', 'en'] as const) {
  test(`${lang}: the routes tab, light and dark, at laptop and wall sizes`, async ({ page }) => {
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
        await openRoutes(app, lang);
        await expect(page.getByRole('heading', { name: w[lang].demoRoute })).toBeVisible();
        const overflow = await page.locator('main').evaluate((m) => m.scrollWidth - m.clientWidth);
        expect(overflow, `horizontal overflow at ${size.name}`).toBeLessThanOrEqual(1);
        await keepScreenshot(page, `patrol-routes-${lang}-${theme}-${size.name}`);
      }
    }
  });
}
