import { expect, test, type Page } from '@playwright/test';
import { CordonApp, type Lang } from '../pages/CordonApp';
import { keepScreenshot } from '../support/screenshots';

// 10:00 in Shanghai on day two of the closure: tape and rails done, netting under way.
const TEN_AM = new Date('2026-11-28T10:00:00+08:00');
const states = ['planned', 'under-way', 'done', 'checked'] as const;
type Counts = Record<(typeof states)[number], number>;

const w = {
  'zh-CN': {
    nav: '围挡工程',
    netting: '东墙防护网加高一层',
    camera: '侧门监控摄像头',
    tape1: '门洞1外警戒线',
    underWay: '进行中',
    done: '完成',
    planned: '计划',
    finish: '完工',
    chartTable: '每日进度（数据表）',
    summary: (c: Counts) => `计划 ${c.planned} · 进行中 ${c['under-way']} · 完成 ${c.done} · 已验收 ${c.checked}`,
    add: '添加升级项目',
    save: '保存',
    title: '项目名称',
    responsible: '负责单位或人员',
    titleRequired: '请填写项目名称。',
  },
  en: {
    nav: 'Perimeter works',
    netting: 'Netting raised a level on the east wall',
    camera: 'Camera at the side gate',
    tape1: 'Cordon tape outside doorway 1',
    underWay: 'Under way',
    done: 'Done',
    planned: 'Planned',
    finish: 'Finish',
    chartTable: 'Progress by day (data table)',
    summary: (c: Counts) =>
      `Planned ${c.planned} · Under way ${c['under-way']} · Done ${c.done} · Checked ${c.checked}`,
    add: 'Add upgrade item',
    save: 'Save',
    title: 'Title',
    responsible: 'Responsible',
    titleRequired: 'Enter a title.',
  },
} as const;

const demoCounts: Counts = { planned: 4, 'under-way': 1, done: 8, checked: 0 };

test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(TEN_AM);
  // A title with markup must never run: any alert fails the test.
  page.on('dialog', (d) => {
    throw new Error(`unexpected browser dialog: ${d.message()}`);
  });
});

const rowOf = (page: Page, title: string) => page.getByTestId('upgrade-row').filter({ hasText: title });

/** The chart's last day, read from the table it renders for screen readers. */
async function chartLastDay(page: Page, lang: Lang): Promise<Counts> {
  const row = page.getByRole('table', { name: w[lang].chartTable }).locator('tbody tr').last();
  const read = async (s: (typeof states)[number]) => Number(await row.locator(`td[data-state="${s}"]`).textContent());
  return {
    planned: await read('planned'),
    'under-way': await read('under-way'),
    done: await read('done'),
    checked: await read('checked'),
  };
}

/** List, summary line and chart's last bar all say `counts`. */
async function expectAgreement(page: Page, lang: Lang, counts: Counts): Promise<void> {
  await expect(page.getByTestId('upgrade-summary')).toHaveText(w[lang].summary(counts));
  for (const s of states)
    await expect(page.locator(`[data-testid="upgrade-row"][data-state="${s}"]`)).toHaveCount(counts[s]);
  await expect.poll(() => chartLastDay(page, lang)).toEqual(counts);
}

async function openPerimeter(app: CordonApp): Promise<void> {
  await app.goTo(w[app.lang].nav);
  await expect(app.page.locator('section.perimeter[data-ready="true"]')).toBeVisible();
  // The chart itself (loaded apart) has drawn its bars.
  await expect(app.page.locator('.upgrade-chart .recharts-bar-rectangle').first()).toBeVisible();
}

test('the demo’s items, summary and chart agree; finishing the netting updates all three, persists and is audited', async ({
  page,
}) => {
  const app = new CordonApp(page);
  await app.openOverview();
  await openPerimeter(app);

  await expect(page.getByTestId('upgrade-row')).toHaveCount(13);
  await expect(rowOf(page, w['zh-CN'].netting).getByTestId('work-state')).toHaveText('进行中');
  await expect(rowOf(page, w['zh-CN'].camera).getByTestId('work-state')).toHaveText('计划');
  await expect(rowOf(page, w['zh-CN'].tape1).getByTestId('work-state')).toHaveText('完成');
  await expect(rowOf(page, w['zh-CN'].netting)).toContainText('防护网');
  await expectAgreement(page, 'zh-CN', demoCounts);
  await expect(page.getByTestId('progress-chart')).toHaveAttribute(
    'aria-label',
    /最后一天：计划 4 · 进行中 1 · 完成 8 · 已验收 0/,
  );
  await keepScreenshot(page, 'perimeter-zh-1366');

  await rowOf(page, w['zh-CN'].netting).getByRole('button', { name: '完工' }).click();
  const after: Counts = { planned: 4, 'under-way': 0, done: 9, checked: 0 };
  await expect(rowOf(page, w['zh-CN'].netting).getByTestId('work-state')).toHaveText('完成');
  await expectAgreement(page, 'zh-CN', after);
  // The filter by state finds it among the done ones, and not among those under way.
  await page.getByRole('group', { name: '状态' }).getByRole('button', { name: '进行中（0）' }).click();
  await expect(page.getByTestId('upgrade-row')).toHaveCount(0);
  await page.getByRole('group', { name: '状态' }).getByRole('button', { name: '完成（9）' }).click();
  await expect(rowOf(page, w['zh-CN'].netting)).toHaveCount(1);
  await page.getByRole('searchbox', { name: '搜索' }).fill('东墙');
  await expect(page.getByTestId('upgrade-row')).toHaveCount(1);

  await page.reload();
  await app.continueAs('陈静');
  await openPerimeter(app);
  await expect(rowOf(page, w['zh-CN'].netting).getByTestId('work-state')).toHaveText('完成');
  await expectAgreement(page, 'zh-CN', after);

  const audit = await app.auditRows(w['zh-CN'].netting);
  await expect(audit.first()).toContainText('陈静');
  await expect(audit.first()).toContainText('修改');
  await expect(page.getByTestId('audit-row').filter({ hasText: '升级工程' }).first()).toContainText(w['zh-CN'].netting);
});

test('an item with no title is refused with a message and nothing is saved; markup in a title stays text', async ({
  page,
}) => {
  const app = new CordonApp(page);
  await app.openOverview();
  await openPerimeter(app);

  await page.getByRole('button', { name: '添加升级项目' }).click();
  const dialog = page.getByRole('dialog', { name: '添加升级项目' });
  await expect(dialog.getByLabel('项目名称')).toBeFocused();
  // The works to link, each with its kind, in the order W steps through them on the map (by pinyin).
  await expect(dialog.getByLabel('关联设施').locator('option')).toHaveText([
    '未关联',
    '侧门监控摄像头（摄像头）',
    '东墙防护网加高一层（防护网）',
    ...[1, 2, 3, 4].flatMap((n) => [`门洞${n}外护栏（护栏）`, `门洞${n}外警戒线（警戒线）`]),
    '小区围墙（围墙）',
    ...[1, 2, 3].map((n) => `沿街照明灯${n}（照明）`),
  ]);
  await dialog.getByLabel('负责单位或人员').fill('物业 王师傅');
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(dialog.getByText('请填写项目名称。')).toBeVisible();
  await expect(dialog.getByLabel('项目名称')).toHaveAttribute('aria-invalid', 'true');
  // What was typed is kept, and nothing was saved.
  await expect(dialog.getByLabel('负责单位或人员')).toHaveValue('物业 王师傅');
  await keepScreenshot(page, 'perimeter-add-refused-zh');
  await expect(page.getByTestId('upgrade-row')).toHaveCount(13);
  await expectAgreement(page, 'zh-CN', demoCounts);

  const markup = '<script>alert(1)</script>';
  await dialog.getByLabel('项目名称').fill(markup);
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(dialog).toBeHidden();
  await expect(rowOf(page, markup).getByRole('rowheader')).toContainText(markup);
  await expect(rowOf(page, markup).getByTestId('work-state')).toHaveText('计划');
  await expectAgreement(page, 'zh-CN', { ...demoCounts, planned: 5 });

  // Deleting asks first.
  await rowOf(page, markup).getByRole('button', { name: '删除' }).click();
  const confirm = page.getByRole('dialog', { name: '删除升级项目' });
  await expect(confirm).toContainText(markup);
  await confirm.getByRole('button', { name: '确定删除' }).click();
  await expect(rowOf(page, markup)).toHaveCount(0);
  await expectAgreement(page, 'zh-CN', demoCounts);
});

test('in English: the demo’s items agree with the chart, finishing works, and an empty title is refused', async ({
  page,
}) => {
  const app = new CordonApp(page);
  await app.openEnglishDemo();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Xiangzhangyuan');
  await openPerimeter(app);

  const e = w.en;
  await expect(page.getByTestId('upgrade-row')).toHaveCount(13);
  await expect(rowOf(page, e.netting).getByTestId('work-state')).toHaveText(e.underWay);
  await expect(rowOf(page, e.camera).getByTestId('work-state')).toHaveText(e.planned);
  await expect(rowOf(page, e.tape1).getByTestId('work-state')).toHaveText(e.done);
  await expectAgreement(page, 'en', demoCounts);
  await keepScreenshot(page, 'perimeter-en-1366');

  await rowOf(page, e.netting).getByRole('button', { name: e.finish }).click();
  await expect(rowOf(page, e.netting).getByTestId('work-state')).toHaveText(e.done);
  await expectAgreement(page, 'en', { planned: 4, 'under-way': 0, done: 9, checked: 0 });

  await page.getByRole('button', { name: e.add }).click();
  const dialog = page.getByRole('dialog', { name: e.add });
  // The works to link, named in English with English brackets, in the order W steps through them on the map.
  await expect(dialog.getByLabel('Linked work').locator('option')).toHaveText([
    'None',
    'Camera at the side gate (Camera)',
    'Compound wall (Wall)',
    ...[1, 2, 3, 4].map((n) => `Cordon tape outside doorway ${n} (Cordon tape)`),
    ...[1, 2, 3, 4].map((n) => `Guard rail outside doorway ${n} (Guard rail)`),
    'Netting raised a level on the east wall (Netting)',
    ...[1, 2, 3].map((n) => `Street-front light ${n} (Lighting)`),
  ]);
  await dialog.getByLabel(e.responsible).fill('Logistics');
  await dialog.getByRole('button', { name: e.save }).click();
  await expect(dialog.getByText(e.titleRequired)).toBeVisible();
  await expect(dialog.getByLabel(e.responsible)).toHaveValue('Logistics');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('upgrade-row')).toHaveCount(13);
});

test('the screen reads at night too', async ({ page }) => {
  const app = new CordonApp(page);
  await app.openOverview();
  await app.goTo('设置');
  await page.getByLabel('主题').selectOption({ label: '夜间' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await openPerimeter(app);
  await expectAgreement(page, 'zh-CN', demoCounts);
  await keepScreenshot(page, 'perimeter-zh-dark-1366');
});

test('a site with no items says so, and its first item starts the chart', async ({ page }) => {
  const app = new CordonApp(page);
  await app.openOverview();
  await app.goTo('设置');
  await page.getByRole('button', { name: '新建空白现场' }).click();
  const reset = page.getByRole('dialog', { name: '新建空白现场' });
  await reset.getByLabel('新现场名称').fill('金桥小区');
  await reset.getByRole('button', { name: '确定' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('金桥小区');

  await app.goTo(w['zh-CN'].nav);
  await expect(page.getByText('此现场还没有升级项目。')).toBeVisible();
  await expect(page.getByTestId('upgrade-row')).toHaveCount(0);
  await keepScreenshot(page, 'perimeter-empty-zh');

  await page.getByRole('button', { name: '添加升级项目' }).click();
  const dialog = page.getByRole('dialog', { name: '添加升级项目' });
  await dialog.getByLabel('项目名称').fill('北门临时围栏');
  await dialog.getByLabel('计划开始').fill('2026-11-28T14:00');
  await dialog.getByLabel('计划完成').fill('2026-11-28T12:00');
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(dialog.getByText('计划完成时间不能早于计划开始时间。')).toBeVisible();
  await dialog.getByLabel('计划完成').fill('2026-11-28T18:00');
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(dialog).toBeHidden();
  await expect(rowOf(page, '北门临时围栏')).toContainText('11月28日 14:00 – 18:00');
  await expectAgreement(page, 'zh-CN', { planned: 1, 'under-way': 0, done: 0, checked: 0 });
});
