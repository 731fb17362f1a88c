import { expect, test, type Page } from '@playwright/test';
import { CordonApp, type Lang } from '../pages/CordonApp';
import { keepScreenshot, sizesFor } from '../support/screenshots';

// 10:00 in Shanghai on day two of the closure; the ambulance comes back at 11:35.
const START = new Date('2026-11-28T10:00:00+08:00');
const LATER = new Date('2026-11-28T11:35:00+08:00');

const w = {
  'zh-CN': {
    nav: '日志',
    activity: '工作日志',
    entrances: '出入登记',
    addForm: '记一条日志',
    text: '内容',
    time: '发生时间',
    add: '记入日志',
    entryText: '凌晨东侧围挡松动，已加固',
    corrected: '凌晨4点东侧围挡松动，已用扎带加固',
    late: /补记（.*10:00 记录）/,
    correct: '更正',
    correctTitle: '更正这条日志',
    save: '保存',
    correctedMark: '已被更正（见下条）',
    correctionMark: '更正上条',
    badTime: '时间格式不对：请填 HH:mm 或 YYYY-MM-DD HH:mm。',
    future: '时间 2026-11-28 10:30 还没到：不能记将来的事。',
    incidents: /未结事件/,
    openIncident: '登记事件',
    openTitle: '登记一个事件',
    category: '事件类别',
    categoryName: '警戒带或护栏损坏',
    what: '事件经过',
    incidentText: '南门护栏被推倒一节',
    close: '结案',
    outcome: '采取的措施',
    outcomeText: '已扶正并加装固定桩',
    closedLine: '事件结案：南门护栏被推倒一节。处置：已扶正并加装固定桩',
    crossingForm: '登记一次出入',
    direction: '方向',
    out: '出',
    kind: '类型',
    ambulance: '救护车',
    subject: '人或物',
    subjectText: '120救护车（3号楼发热患者）',
    reason: '事由',
    reasonText: '送区中心医院',
    authorisedBy: '批准人',
    submit: '登记',
    openTrips: /在外未归/,
    dayList: /出入记录$/,
    tripOpen: /出，尚未返回/,
    back: '登记返回',
    trip: '往返：11月28日 10:00 出 — 11月28日 11:35 回，用时 1 小时 35 分',
    theme: '主题',
    settings: '设置',
  },
  en: {
    nav: 'Logs',
    activity: 'Activity log',
    entrances: 'Entrance log',
    addForm: 'Add a log entry',
    text: 'Text',
    time: 'Time it happened',
    add: 'Add to the log',
    entryText: 'East rails loose in the night, tied back',
    corrected: 'East rails loose at 04:00, tied back with cable ties',
    late: /Entered late \(written .*10:00\)/,
    correct: 'Correct',
    correctTitle: 'Correct this entry',
    save: 'Save',
    correctedMark: 'Corrected (see below)',
    correctionMark: 'Correction of the entry above',
    badTime: 'The time is not readable: type HH:mm or YYYY-MM-DD HH:mm.',
    future: 'The time 2026-11-28 10:30 has not come yet: the log takes no future events.',
    incidents: /Open incidents/,
    openIncident: 'Open an incident',
    openTitle: 'Open an incident',
    category: 'Incident category',
    categoryName: 'Damage to tape or rails',
    what: 'What happened',
    incidentText: 'South gate rail pushed over',
    close: 'Close',
    outcome: 'What was done',
    outcomeText: 'Set upright and staked',
    closedLine: 'Incident closed: South gate rail pushed over. Done: Set upright and staked',
    crossingForm: 'Record a crossing',
    direction: 'Direction',
    out: 'Out',
    kind: 'Kind',
    ambulance: 'Ambulance',
    subject: 'Who or what',
    subjectText: 'Ambulance (fever patient, block 3)',
    reason: 'Reason',
    reasonText: 'To the district hospital',
    authorisedBy: 'Authorised by',
    submit: 'Record',
    openTrips: /Out, not yet back/,
    dayList: /^Crossings on /,
    tripOpen: /not back yet/,
    back: 'Record the way back',
    trip: 'Trip: out 28 Nov, 10:00, back 28 Nov, 11:35, took 1 h 35 min',
    theme: 'Theme',
    settings: 'Settings',
  },
} as const;

test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(START);
});

async function start(page: Page, lang: Lang): Promise<CordonApp> {
  const app = new CordonApp(page);
  if (lang === 'en') await app.openEnglishDemo();
  else await app.openOverview();
  await app.goTo(w[lang].nav);
  return app;
}

for (const lang of ['zh-CN', 'en'] as const) {
  test(`${lang}: a late entry and its correction, an incident opened and closed, an ambulance trip as one`, async ({
    page,
  }) => {
    const l = w[lang];
    await start(page, lang);
    const log = page.getByRole('tabpanel');

    // A line told afterwards: typed with its time, shown as entered late; an unreadable or a future time is refused.
    const form = page.getByRole('form', { name: l.addForm });
    await form.getByLabel(l.text).fill(l.entryText);
    await form.getByLabel(l.time).fill('25:99');
    await form.getByRole('button', { name: l.add }).click();
    await expect(form.getByRole('alert')).toHaveText(l.badTime);
    await expect(form.getByLabel(l.time)).toHaveAttribute('aria-invalid', 'true');
    await expect(log.getByRole('article', { name: l.entryText })).toHaveCount(0);
    await form.getByLabel(l.time).fill('10:30');
    await form.getByRole('button', { name: l.add }).click();
    await expect(form.getByRole('alert')).toHaveText(l.future);
    await form.getByLabel(l.time).fill('04:00');
    await form.getByLabel(l.time).press('Enter');
    const entry = log.getByRole('article', { name: l.entryText });
    await expect(entry).toContainText(l.late);
    await expect(entry.locator('time').first()).toHaveText('04:00');

    // Corrected: a new entry, shown under the one it corrects, which stays readable, struck through.
    await entry.getByRole('button', { name: l.correct }).click();
    const dialog = page.getByRole('dialog', { name: l.correctTitle });
    await dialog.getByLabel(l.text).fill(l.corrected);
    await dialog.getByRole('button', { name: l.save }).click();
    await expect(dialog).toBeHidden();
    await expect(entry).toContainText(l.correctedMark);
    await expect(entry).toContainText(`${l.correctionMark}${l.corrected}`);
    await expect(entry.locator('del')).toHaveText(l.entryText);
    await entry.scrollIntoViewIfNeeded();
    await keepScreenshot(page, `log-correction-${lang}`);

    // An incident opened by hand is pinned on top until closed with what was done.
    const pinned = page.getByRole('region', { name: l.incidents });
    await pinned.getByRole('button', { name: l.openIncident }).click();
    const opening = page.getByRole('dialog', { name: l.openTitle });
    await opening.getByLabel(l.category).selectOption({ label: l.categoryName });
    await opening.getByLabel(l.what).fill(l.incidentText);
    await opening.getByRole('button', { name: l.openIncident }).click();
    const incident = pinned.getByRole('listitem', { name: l.incidentText });
    await expect(incident).toContainText(l.categoryName);
    await incident.getByRole('button', { name: l.close }).click();
    const closing = page.getByRole('dialog');
    await closing.getByLabel(l.outcome).fill(l.outcomeText);
    await closing.getByRole('button', { name: l.close }).click();
    await expect(incident).toBeHidden();
    await expect(log.getByRole('article', { name: l.closedLine })).toBeVisible();
    await keepScreenshot(page, `log-activity-${lang}`);

    // An ambulance out: listed first as an open trip; back 95 minutes later, paired, one trip.
    await page.getByRole('tab', { name: l.entrances }).click();
    const crossing = page.getByRole('form', { name: l.crossingForm });
    await crossing.getByLabel(l.direction).selectOption({ label: l.out });
    await crossing.getByLabel(l.kind).selectOption({ label: l.ambulance });
    await crossing.getByLabel(l.subject).fill(l.subjectText);
    await crossing.getByLabel(l.reason).fill(l.reasonText);
    await crossing.getByLabel(l.authorisedBy).fill('王建国');
    await crossing.getByLabel(l.reason).press('Enter');
    const open = page.getByRole('region', { name: l.openTrips });
    await expect(open.getByRole('listitem').first()).toHaveAccessibleName(l.subjectText);
    await expect(open.getByRole('listitem', { name: l.subjectText })).toContainText(l.tripOpen);

    await page.clock.setFixedTime(LATER);
    await open.getByRole('listitem', { name: l.subjectText }).getByRole('button', { name: l.back }).click();
    await crossing.getByRole('button', { name: l.submit }).click();
    await expect(open.getByRole('listitem', { name: l.subjectText })).toBeHidden();
    const day = page.getByRole('region', { name: l.dayList }).getByRole('listitem', { name: l.subjectText });
    await expect(day).toHaveCount(1);
    await expect(day).toContainText(l.trip);
    await keepScreenshot(page, `log-entrances-${lang}`);
  });
}

const sizes = [
  { name: '1366', width: 1366, height: 768 },
  { name: '1920', width: 1920, height: 1080 },
] as const;

// Not assertions of pixels: both tabs as a person sees them, kept to look at.
for (const lang of ['zh-CN', 'en'] as const) {
  test(`${lang}: the log's tabs, light and dark, at laptop and wall sizes`, async ({ page }) => {
    const l = w[lang];
    const app = await start(page, lang);
    for (const theme of ['light', 'dark'] as const) {
      if (theme === 'dark') {
        await app.goTo(l.settings);
        await page.getByLabel(l.theme).selectOption('dark');
        await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
        await app.goTo(l.nav);
      }
      for (const size of sizesFor(theme, sizes)) {
        await page.setViewportSize({ width: size.width, height: size.height });
        await page.getByRole('tab', { name: l.activity }).click();
        const overflow = await page.locator('main').evaluate((m) => m.scrollWidth - m.clientWidth);
        expect(overflow, `horizontal overflow at ${size.name}`).toBeLessThanOrEqual(1);
        await keepScreenshot(page, `log-activity-${lang}-${theme}-${size.name}`);
        await page.getByRole('tab', { name: l.entrances }).click();
        await keepScreenshot(page, `log-entrances-${lang}-${theme}-${size.name}`);
      }
    }
  });
}
