import { expect, test, type Page } from '@playwright/test';
import { CordonApp, type Lang } from '../pages/CordonApp';
import { keepScreenshot, sizesFor } from '../support/screenshots';

// 10:00 in Shanghai on day two of the closure: the day shift (08:00–16:00) is on its posts.
const TEN_AM = new Date('2026-11-28T10:00:00+08:00');
const SCRIPT = '<script>alert(1)</script>';

const w = {
  'zh-CN': {
    nav: '排班',
    tab: '人员',
    count: (shown: number, total: number) => `显示 ${shown} / ${total} 人`,
    table: '人员名单',
    search: '搜索',
    medicalGroup: '医疗服务组',
    testingGroup: '核酸检测组',
    filters: '筛选',
    reserve: '预备队',
    onDuty: '当前在岗',
    side: '内外',
    outside: '外围',
    inside: '内部',
    anySide: '内外全部',
    unit: '单位',
    police: '公安',
    volunteer: '志愿者',
    status: '状态',
    active: '在册人员',
    stoodDownStatus: '已撤下人员',
    add: '添加人员',
    addTitle: '添加人员',
    editTitle: (name: string) => `编辑人员：${name}`,
    name: '姓名',
    phone: '电话',
    group: '工作组',
    role: '职务',
    save: '保存',
    nameRequired: '请填写姓名。',
    unitRequired: '请选择单位。',
    standDown: '撤下',
    standDownTitle: '撤下人员',
    standDownMeans: '其记录全部保留，但不再安排新的班次',
    reinstate: '恢复',
    reinstateTitle: '恢复人员',
    badgeStoodDown: '已撤下',
    editGroup: (name: string) => `编辑工作组 ${name}`,
    groupTitle: (name: string) => `编辑工作组：${name}`,
    leader: '组长',
    leaderNamed: (name: string) => `组长：${name}`,
    member: '组员',
    settings: '设置',
    theme: '主题',
  },
  en: {
    nav: 'Shifts',
    tab: 'People',
    count: (shown: number, total: number) => `Showing ${shown} / ${total} people`,
    table: 'People',
    search: 'Search',
    medicalGroup: 'Medical service',
    testingGroup: 'Testing',
    filters: 'Filters',
    reserve: 'Reserve',
    onDuty: 'On duty now',
    side: 'Side',
    outside: 'Outside',
    inside: 'Inside',
    anySide: 'Inside and outside',
    unit: 'Unit',
    police: 'Police',
    volunteer: 'Volunteer',
    status: 'Status',
    active: 'People on the roll',
    stoodDownStatus: 'People stood down',
    add: 'Add person',
    addTitle: 'Add person',
    editTitle: (name: string) => `Edit person: ${name}`,
    name: 'Name',
    phone: 'Phone',
    group: 'Group',
    role: 'Role',
    save: 'Save',
    nameRequired: 'Enter a name.',
    unitRequired: 'Choose a unit.',
    standDown: 'Stand down',
    standDownTitle: 'Stand down',
    standDownMeans: 'Everything they did is kept, but they are offered for no new shift',
    reinstate: 'Reinstate',
    reinstateTitle: 'Reinstate',
    badgeStoodDown: 'Stood down',
    editGroup: (name: string) => `Edit group ${name}`,
    groupTitle: (name: string) => `Edit group: ${name}`,
    leader: 'Leader',
    leaderNamed: (name: string) => `Leader: ${name}`,
    member: 'Member',
    settings: 'Settings',
    theme: 'Theme',
  },
} as const;

test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(TEN_AM);
  // A name with markup must never run: any alert fails the test.
  page.on('dialog', (d) => {
    throw new Error(`unexpected browser dialog: ${d.message()}`);
  });
});

const rows = (page: Page) => page.getByTestId('person-row');
const rowOf = (page: Page, name: string) => rows(page).filter({ hasText: name });

async function openPeople(app: CordonApp): Promise<void> {
  const l = w[app.lang];
  await app.goTo(l.nav);
  await app.page.getByRole('tab', { name: l.tab }).click();
  await expect(app.page.getByRole('table', { name: l.table })).toBeVisible();
}

async function start(page: Page, lang: Lang): Promise<CordonApp> {
  const app = new CordonApp(page);
  if (lang === 'en') await app.openEnglishDemo();
  else await app.openOverview();
  await openPeople(app);
  return app;
}

for (const lang of ['zh-CN', 'en'] as const) {
  const l = w[lang];

  test(`${lang}: search and every filter narrow the list, and the count says how far`, async ({ page }) => {
    await start(page, lang);
    const count = page.getByTestId('people-count');
    const search = page.getByRole('searchbox', { name: l.search });
    // Opened with the mouse: the search box has the focus, ready for a name.
    await expect(search).toBeFocused();
    await expect(count).toHaveText(l.count(219, 219));
    await expect(page.getByRole('table', { name: l.table })).toHaveAttribute('aria-rowcount', '220');
    // Only the rows in view are drawn, not 219.
    expect(await rows(page).count()).toBeLessThan(60);

    await search.pressSequentially(l.medicalGroup);
    await expect(count).toHaveText(l.count(4, 219));
    await expect(rows(page)).toHaveCount(4);
    await expect(page.getByRole('table', { name: l.table })).toHaveAttribute('aria-rowcount', '5');
    await search.fill('');
    await expect(count).toHaveText(l.count(219, 219));

    const toggles = page.getByRole('group', { name: l.filters });
    await toggles.getByRole('button', { name: l.reserve }).click();
    await expect(count).toHaveText(l.count(30, 219));
    await toggles.getByRole('button', { name: l.reserve }).click();
    await expect(count).toHaveText(l.count(219, 219));

    await page.getByRole('combobox', { name: l.side, exact: true }).selectOption({ label: l.outside });
    await expect(count).toHaveText(l.count(59, 219));
    // Filters combine: outside and police.
    await page.getByRole('combobox', { name: l.unit, exact: true }).selectOption({ label: l.police });
    await expect(count).toHaveText(l.count(8, 219));
    await page.getByRole('combobox', { name: l.unit, exact: true }).selectOption({ index: 0 });
    await page.getByRole('combobox', { name: l.side, exact: true }).selectOption({ label: l.inside });
    await expect(count).toHaveText(l.count(130, 219));
    await page.getByRole('combobox', { name: l.side, exact: true }).selectOption({ label: l.anySide });

    // On duty now: the day shift's crew, checked in at their posts.
    await toggles.getByRole('button', { name: l.onDuty }).click();
    await expect(count).toHaveText(l.count(14, 219));
    await expect(rows(page)).toHaveCount(14);
    await toggles.getByRole('button', { name: l.onDuty }).click();

    // The list scrolls to the last of the 219, by keyboard: End on a row.
    await rows(page).first().focus();
    await page.keyboard.press('End');
    const last = page.locator('[data-testid="person-row"][aria-rowindex="220"]');
    await expect(last).toBeFocused();
    await expect(last).toBeInViewport();
    await expect(page.locator('[data-testid="person-row"][aria-rowindex="2"]')).toHaveCount(0);
    await page.keyboard.press('Home');
    await expect(page.locator('[data-testid="person-row"][aria-rowindex="2"]')).toBeFocused();
  });

  test(`${lang}: add (half-filled refused, then fixed), edit, stand down, reinstate, lead a group`, async ({
    page,
  }) => {
    await start(page, lang);
    const count = page.getByTestId('people-count');
    const search = page.getByRole('searchbox', { name: l.search });

    await page.getByRole('button', { name: l.add, exact: true }).click();
    const add = page.getByRole('dialog', { name: l.addTitle });
    await add.getByLabel(l.phone).fill('139 0000 0099');
    await add.getByRole('button', { name: l.save }).click();
    await expect(add.getByText(l.nameRequired)).toBeVisible();
    await expect(add.getByText(l.unitRequired)).toBeVisible();
    await expect(add.getByLabel(l.phone)).toHaveValue('139 0000 0099');
    await expect(count).toHaveText(l.count(219, 219));
    await keepScreenshot(page, `people-dialog-${lang}-1366`);

    await add.getByLabel(l.name).fill(SCRIPT);
    await add.getByLabel(l.unit).selectOption({ label: l.volunteer });
    await add.getByLabel(l.group).selectOption({ label: l.testingGroup });
    await add.getByRole('button', { name: l.save }).click();
    await expect(add).toBeHidden();
    await expect(count).toHaveText(l.count(220, 220));

    // The name is shown as typed, never run.
    await search.fill('<script>');
    await expect(count).toHaveText(l.count(1, 220));
    await expect(rowOf(page, SCRIPT).getByRole('cell').first()).toHaveText(SCRIPT);

    // Enter on the row opens the edit.
    await rowOf(page, SCRIPT).focus();
    await page.keyboard.press('Enter');
    const edit = page.getByRole('dialog', { name: l.editTitle(SCRIPT) });
    await expect(edit.getByLabel(l.name)).toBeFocused();
    await edit.getByLabel(l.role).fill(l.member);
    await edit.getByRole('button', { name: l.save }).click();
    await expect(edit).toBeHidden();
    await expect(rowOf(page, SCRIPT).getByRole('cell').nth(4)).toHaveText(l.member);

    // Set the group's leader: the new member.
    await page.getByRole('button', { name: l.editGroup(l.testingGroup) }).click();
    const groupDialog = page.getByRole('dialog', { name: l.groupTitle(l.testingGroup) });
    await groupDialog
      .getByLabel(l.leader)
      .selectOption({ label: `${SCRIPT}${lang === 'en' ? ` (${l.member})` : `（${l.member}）`}` });
    await groupDialog.getByRole('button', { name: l.save }).click();
    await expect(groupDialog).toBeHidden();
    const testingItem = page.getByTestId('group-item').filter({ hasText: l.testingGroup }).first();
    await expect(testingItem).toContainText(l.leaderNamed(SCRIPT));

    // Stand down: asked first, then hidden from the list, shown by the filter, and no longer leading.
    await rowOf(page, SCRIPT).getByRole('button', { name: l.standDown }).click();
    const down = page.getByRole('dialog', { name: l.standDownTitle });
    await expect(down).toContainText(l.standDownMeans);
    await down.getByRole('button', { name: l.standDown, exact: true }).click();
    await expect(down).toBeHidden();
    await expect(count).toHaveText(l.count(0, 220));
    await expect(rows(page)).toHaveCount(0);
    await expect(testingItem).not.toContainText(l.leaderNamed(SCRIPT));
    await page.getByRole('combobox', { name: l.status, exact: true }).selectOption({ label: l.stoodDownStatus });
    await expect(count).toHaveText(l.count(1, 220));
    await expect(rowOf(page, SCRIPT)).toContainText(l.badgeStoodDown);

    await rowOf(page, SCRIPT).getByRole('button', { name: l.reinstate }).click();
    const back = page.getByRole('dialog', { name: l.reinstateTitle });
    await back.getByRole('button', { name: l.reinstate, exact: true }).click();
    await expect(back).toBeHidden();
    await expect(count).toHaveText(l.count(0, 220));
    await page.getByRole('combobox', { name: l.status, exact: true }).selectOption({ label: l.active });
    await expect(count).toHaveText(l.count(1, 220));
    await expect(rowOf(page, SCRIPT)).not.toContainText(l.badgeStoodDown);
  });

  test(`${lang}: the tab at laptop and wall size, light and dark`, async ({ page }) => {
    const app = await start(page, lang);
    for (const theme of ['light', 'dark'] as const) {
      if (theme === 'dark') {
        await app.goTo(l.settings);
        await page.getByLabel(l.theme).selectOption('dark');
        await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
        await openPeople(app);
      }
      for (const { name, width, height } of sizesFor(theme, [
        { name: '1366', width: 1366, height: 768 },
        { name: '1920', width: 1920, height: 1080 },
      ])) {
        await page.setViewportSize({ width, height });
        await expect(page.getByTestId('people-count')).toHaveText(l.count(219, 219));
        const overflow = await page.locator('main').evaluate((m) => m.scrollWidth - m.clientWidth);
        expect(overflow, `horizontal overflow at ${name}`).toBeLessThanOrEqual(1);
        await keepScreenshot(page, `people-${lang}-${theme}-${name}`);
      }
      await page.setViewportSize({ width: 1366, height: 768 });
    }
  });
}
