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
    history: '巡逻记录',
    rounds: '巡逻轮次',
    expand: (due: string) => `展开 ${due} 外围巡逻（顺时针） 的检查点`,
    log: '日志',
    incidents: /未结事件/,
    close: '结案',
    outcome: '采取的措施',
    outcomeText: '已扶正护栏并加固',
    closedLine: /事件结案：.*3号门洞护栏被推开。处置：已扶正护栏并加固/,
    raisedLine: /事件（警戒带或护栏损坏）：外围巡逻（顺时针） .*3号门洞护栏被推开/,
    routes: '路线',
    editRoute: '编辑路线 外围巡逻（顺时针）',
    order: '检查点顺序',
    shuffled: '每轮随机',
    save: '保存',
    end: '结束本轮',
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
    history: 'History',
    rounds: 'Patrol rounds',
    expand: (due: string) => `Show the checkpoints of Perimeter patrol (clockwise) due ${due}`,
    log: 'Logs',
    incidents: /Open incidents/,
    close: 'Close',
    outcome: 'What was done',
    outcomeText: 'Rail set back and tied',
    closedLine: /Incident closed: .*rail at doorway 3 pushed aside\. Done: Rail set back and tied/,
    raisedLine:
      /Incident \(Damage to tape or rails\): Perimeter patrol \(clockwise\), .*rail at doorway 3 pushed aside/,
    routes: 'Routes',
    editRoute: 'Edit route Perimeter patrol (clockwise)',
    order: 'Checkpoint order',
    shuffled: 'Shuffled each round',
    save: 'Save',
    end: 'End round',
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
    await expect(dialog.getByRole('checkbox').first()).toBeFocused();
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

    // In the history: the round with its times, and each checkpoint's.
    await page.getByRole('tab', { name: l.history }).click();
    const roundDue = (due: string) =>
      page
        .getByRole('list', { name: l.rounds })
        .getByRole('listitem')
        .filter({ has: page.getByRole('button', { name: new RegExp(` ${due}( |$)`) }) });
    const round = roundDue('10:00');
    await expect(round).toContainText('10:10');
    await expect(round).toContainText(/10:4\d/);
    await round.getByRole('button', { name: l.expand('10:00') }).click();
    const visits = round.getByRole('listitem');
    await expect(visits).toHaveCount(8);
    for (let i = 0; i < 8; i++) await expect(visits.nth(i)).toContainText(/10:4\d/);
    await expect(visits.nth(1)).toContainText(l.note);

    // In the activity log: the incident open and pinned, closed with what was done.
    await app.goTo(l.log);
    const log = page.getByRole('tabpanel');
    await expect(log.getByRole('article', { name: l.raisedLine })).toBeVisible();
    const incident = page
      .getByRole('region', { name: l.incidents })
      .getByRole('listitem', { name: new RegExp(l.note) });
    await expect(incident).toBeVisible();
    await incident.getByRole('button', { name: l.close }).click();
    const closing = page.getByRole('dialog');
    await closing.getByLabel(l.outcome).fill(l.outcomeText);
    await closing.getByRole('button', { name: l.close }).click();
    await expect(incident).toBeHidden();
    await expect(log.getByRole('article', { name: l.closedLine })).toBeVisible();
  });

  test(`${lang}: a shuffled route asks each round its own order, and the history shows the order asked`, async ({
    page,
  }) => {
    const l = w[lang];
    await page.clock.install({ time: START });
    const app = new CordonApp(page);
    if (lang === 'en') await app.openEnglishDemo();
    else await app.openOverview();
    await app.goTo(l.nav);
    await page.getByRole('tab', { name: l.routes }).click();
    await page.getByRole('button', { name: l.editRoute }).click();
    const edit = page.getByRole('dialog');
    await edit.getByLabel(l.order).selectOption({ label: l.shuffled });
    await edit.getByRole('button', { name: l.save }).click();
    await expect(edit).toBeHidden();
    await page.getByRole('tab', { name: l.today }).click();

    // Two rounds, 10:00 and 11:00, each started and ended at once: the order asked is read off the panel.
    const asked: string[][] = [];
    for (const due of ['10:00', '11:00']) {
      if (due === '11:00') await page.clock.fastForward(60 * MIN);
      await page
        .getByRole('region', { name: new RegExp(lang === 'en' ? 'Next round' : '下一轮') })
        .getByRole('button', { name: l.start })
        .click();
      const dialog = page.getByRole('dialog', { name: l.startTitle });
      // The keys go to the dialog once its first person has the focus.
      await expect(dialog.getByRole('checkbox').first()).toBeFocused();
      await page.keyboard.press('1');
      await expect(dialog.getByRole('checkbox', { checked: true })).toHaveCount(1);
      await page.keyboard.press('Enter');
      await expect(dialog).toBeHidden();
      const panel = page.getByRole('region', { name: l.recording });
      await expect(panel).toBeVisible();
      asked.push(await panel.getByRole('listitem').getByRole('strong').allTextContents());
      await panel.getByRole('button', { name: l.end }).click();
      await expect(panel).toHaveCount(0);
    }
    const [first = [], second = []] = asked;
    expect(first).toHaveLength(8);
    expect([...second].sort()).toEqual([...first].sort());
    expect(second).not.toEqual(first);

    // The history shows each round's checkpoints in the order that round was asked.
    await page.getByRole('tab', { name: l.history }).click();
    const list = page.getByRole('list', { name: l.rounds });
    for (const [i, due] of ['10:00', '11:00'].entries()) {
      const round = list
        .getByRole('listitem')
        .filter({ has: page.getByRole('button', { name: new RegExp(` ${due}( |$)`) }) });
      await round.getByRole('button', { name: l.expand(due) }).click();
      const names = round.getByRole('listitem');
      await expect(names).toHaveCount(8);
      for (const [j, name] of (asked[i] ?? []).entries()) await expect(names.nth(j)).toContainText(name);
    }
  });
}
