import { expect, test } from '@playwright/test';
import { siteChain } from '../support/auditFacts';
import { CordonApp, type Lang } from '../pages/CordonApp';
import { keepPages, pdfFonts, pdfInfo, pdfPages, printToPdf } from '../support/pdf';
import { keepScreenshot } from '../support/screenshots';
import { shiftFacts } from '../support/storeFacts';

// The demo is seeded at 10:12 on its second day (Shanghai), in the day shift (08:00–16:00).
const SEEDED = new Date('2026-11-28T10:12:00+08:00');

const w = {
  'zh-CN': {
    nav: '交班单',
    print: '打印 / 存为 PDF',
    preview: '打印预览',
    sheet: '交班单',
    opened: /交班单 编号 0001 已在新窗口打开/,
    openedSecond: /交班单 编号 0002 已在新窗口打开/,
    numberSecond: '编号 0002',
    home: '总览',
    issued: '已编号的单据',
    issuedRow: /0002 交班单 2026-11-28 .* 陈静/,
    page: (i: number, n: number) => `第 ${i} 页，共 ${n} 页`,
    number: '编号 0001',
    states: { 'controlled-open': '管控开放', sealed: '封闭', closed: '关闭', 'emergency-only': '仅限应急' },
    signatures: ['交班人', '接班人', '签名'],
    previousNotes: '上一班（夜班 2026-11-28）交班事项',
    auditHead: '审计链首：',
  },
  en: {
    nav: 'Shift sheets',
    print: 'Print / save as PDF',
    preview: 'Print preview',
    sheet: 'Shift handover sheet',
    opened: /Shift handover sheet no\. 0001 is open in a new window/,
    openedSecond: /Shift handover sheet no\. 0002 is open in a new window/,
    numberSecond: 'No. 0002',
    home: 'Overview',
    issued: 'Numbered sheets',
    issuedRow: /0002 Shift handover sheet 2026-11-28 .* Chen Jing/,
    page: (i: number, n: number) => `Page ${i} of ${n}`,
    number: 'No. 0001',
    states: {
      'controlled-open': 'Controlled open',
      sealed: 'Sealed',
      closed: 'Closed',
      'emergency-only': 'Emergency use only',
    },
    signatures: ['Handed over by', 'Taken over by', 'Signature'],
    previousNotes: 'Handover notes of the previous shift (Night 2026-11-28)',
    auditHead: 'Audit chain head:',
  },
} as const;

const hhmm = (ms: number) =>
  new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Asia/Shanghai',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(ms);

async function openDemo(app: CordonApp, lang: Lang) {
  if (lang === 'en') await app.openEnglishDemo();
  else await app.openOverview();
}

for (const lang of ['zh-CN', 'en'] as const) {
  test(`${lang}: the current shift's sheet prints on A4 with everything the leaders sign, and Ctrl+P prints the next`, async ({
    page,
    context,
  }) => {
    const l = w[lang];
    // The print window's dialog cannot be driven; the spec sees that it was asked for.
    await context.addInitScript(() => {
      window.print = () => {
        document.documentElement.dataset.printDialog = 'opened';
      };
    });
    await page.clock.install({ time: SEEDED });
    const app = new CordonApp(page);
    await openDemo(app, lang);
    const facts = await shiftFacts(page, SEEDED.getTime());

    await app.goTo(l.nav);
    const preview = page.getByRole('region', { name: l.preview }).getByRole('article', { name: l.sheet });
    await expect(preview).toContainText(facts.shift.name);
    await keepScreenshot(page, `sheets-screen-${lang}`);
    // The wall size too: the preview keeps its A4 width, the side column its own.
    await page.setViewportSize({ width: 1920, height: 1080 });
    await keepScreenshot(page, `sheets-screen-${lang}-1920`);
    await page.setViewportSize({ width: 1366, height: 768 });

    const [sheet] = await Promise.all([
      context.waitForEvent('page'),
      page.getByRole('button', { name: l.print }).click(),
    ]);
    await expect(page.getByRole('status')).toContainText(l.opened);
    const path = await printToPdf(sheet, `shift-${lang}`);
    await expect(sheet.locator('html')).toHaveAttribute('data-print-dialog', 'opened');
    keepPages(path, `sheet-shift-${lang}`);

    const info = pdfInfo(path);
    expect(info.pages).toBeGreaterThanOrEqual(1);
    expect(info.pages).toBeLessThanOrEqual(3);
    expect(Math.round(info.width)).toBe(595);
    expect(Math.round(info.height)).toBe(842);

    const pages = pdfPages(path);
    expect(pages).toHaveLength(info.pages);
    const range = `${hhmm(facts.shift.startsAt)}–${hhmm(facts.shift.endsAt)}`;
    pages.forEach((text, i) => {
      // The running head and foot, on every page.
      expect(text).toContain(app.w.site);
      expect(text).toContain(facts.shift.name);
      expect(text).toContain(range);
      expect(text).toContain(l.number);
      expect(text).toContain(l.page(i + 1, pages.length));
    });
    const all = pages.join('\n');
    const lines = all.split('\n');
    const lineWith = (...parts: string[]) => lines.find((line) => parts.every((p) => line.includes(p)));

    expect(facts.entrances).toHaveLength(6);
    for (const e of facts.entrances) {
      const state = l.states[e.state as keyof typeof l.states];
      expect(lineWith(e.name, state), `${e.name}: ${state}`).toBeDefined();
    }
    const staffed = facts.posts.filter((p) => p.people.length > 0);
    expect(staffed.length).toBeGreaterThan(0);
    for (const post of facts.posts) {
      expect(all).toContain(post.name);
      for (const person of post.people) {
        expect(lineWith(person.name, person.phone), `${person.name} ${person.phone}`).toBeDefined();
      }
    }
    expect(facts.rounds.length).toBeGreaterThan(0);
    for (const due of facts.rounds) expect(lineWith(due), `round due ${due}`).toBeDefined();
    expect(all).toContain(l.previousNotes);
    for (const note of facts.previousNotes)
      expect(all.replace(/\s+/g, '')).toContain(note.slice(0, 12).replace(/\s+/g, ''));
    for (const word of l.signatures) expect(all).toContain(word);

    // The audit chain head the sheet was printed at, whole, on the page with the signatures: the store's head now.
    const head = (await siteChain(page)).head;
    expect(head).toMatch(/^[0-9a-f]{64}$/);
    const headPage = pages.find((text) => text.includes(head));
    expect(headPage, 'the page with the chain head').toBeDefined();
    expect(headPage).toContain(l.signatures[0]);
    expect(lineWith(l.auditHead, head), `${l.auditHead} ${head}`).toBeDefined();
    expect(all).toMatch(new RegExp(`${l.auditHead}\\s*${head}`));

    // Every font embedded, and none drawn by the system's CFF fallback (Type 3): the bundled font drew it all.
    const fonts = pdfFonts(path);
    expect(fonts.length).toBeGreaterThan(0);
    for (const font of fonts) {
      expect(font.embedded, font.name).toBe(true);
      expect(font.type, font.name).not.toBe('Type 3');
    }
    await sheet.close();

    // Ctrl+P, from any screen, prints the current shift's sheet at once: the next number.
    await app.goTo(l.home);
    const [again] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('Control+P')]);
    await expect(page.getByRole('status')).toContainText(l.openedSecond);
    const next = pdfPages(await printToPdf(again, `shift-ctrl-p-${lang}`)).join('\n');
    expect(next).toContain(l.numberSecond);
    // Printing was itself a change (the number issued, a log line): the next sheet names the head after it.
    const nextHead = (await siteChain(page)).head;
    expect(nextHead).not.toBe(head);
    expect(next).toContain(nextHead);
    await again.close();
    const issued = page.getByRole('region', { name: l.issued });
    await expect(issued.getByRole('row')).toHaveCount(3);
    await expect(issued.getByRole('row', { name: l.issuedRow })).toBeVisible();
  });
}

test('zh-CN: a post of 40 breaks across pages between rows, under a repeated table head', async ({ page }) => {
  await page.clock.install({ time: SEEDED });
  // A first start on the generated site: the current shift has 200 people on its posts, one post 40 of them.
  await page.goto('./print.html?seed=sheet-site#/print/shift?shift=current');
  const path = await printToPdf(page, 'shift-200-people');
  // The first pages hold the post of 40 breaking over a page.
  keepPages(path, 'sheet-shift-200-people', 3);
  const facts = await shiftFacts(page, SEEDED.getTime());
  const big = facts.posts.find((p) => p.people.length === 40);
  expect(big, 'a post of 40').toBeDefined();
  const people = big?.people ?? [];

  const pages = pdfPages(path);
  expect(pages.length).toBe(pdfInfo(path).pages);
  const pagesWith = new Set<number>();
  for (const person of people) {
    // The whole row (name, unit, phone) on one line of one page: the row is not split.
    const at = pages.findIndex((text) =>
      text.split('\n').some((l) => l.includes(person.name) && l.includes(person.phone)),
    );
    expect(at, `${person.name} ${person.phone} on one line`).toBeGreaterThanOrEqual(0);
    pagesWith.add(at);
  }
  expect(pagesWith.size, 'the post runs over more than one page').toBeGreaterThan(1);
  for (const i of pagesWith) {
    expect(pages[i], `the table head on page ${i + 1}`).toMatch(/号\s+姓名\s+单位\s+电话\s+到岗\s+离岗/);
  }
  pages.forEach((text, i) => expect(text).toContain(`第 ${i + 1} 页，共 ${pages.length} 页`));
  for (const font of pdfFonts(path)) expect(font.type, font.name).not.toBe('Type 3');
});

const docWords = {
  'zh-CN': {
    document: '单据',
    scope: '范围',
    oneShift: '一个班次',
    roster: '全天排班表',
    log: '工作日志',
    record: '巡逻记录',
    slots: ['夜班 00:00–08:00', '白班 08:00–16:00', '晚班 16:00–24:00'],
    route: '外围巡逻（顺时针）',
    checkpoint: '西墙北段',
    allClear: '正常',
  },
  en: {
    document: 'Document',
    scope: 'Period',
    oneShift: 'One shift',
    roster: 'Roster of the day',
    log: 'Activity log',
    record: 'Patrol record',
    slots: ['Night 00:00–08:00', 'Day 08:00–16:00', 'Evening 16:00–24:00'],
    route: 'Perimeter patrol (clockwise)',
    checkpoint: 'West wall, north',
    allClear: 'all clear',
  },
} as const;

for (const lang of ['zh-CN', 'en'] as const) {
  test(`${lang}: the day's roster, the shift's log and its patrol record print from the sheets screen`, async ({
    page,
    context,
  }) => {
    const l = w[lang];
    const d = docWords[lang];
    await context.addInitScript(() => {
      window.print = () => undefined;
    });
    await page.clock.install({ time: SEEDED });
    const app = new CordonApp(page);
    await openDemo(app, lang);
    const facts = await shiftFacts(page, SEEDED.getTime());
    await app.goTo(l.nav);

    const printDoc = async (label: string, file: string) => {
      await page.getByRole('combobox', { name: d.document, exact: true }).selectOption({ label });
      await expect(page.getByRole('region', { name: l.preview }).getByRole('article', { name: label })).toBeVisible();
      const [sheet] = await Promise.all([
        context.waitForEvent('page'),
        page.getByRole('button', { name: l.print }).click(),
      ]);
      const path = await printToPdf(sheet, file);
      keepPages(path, `sheet-${file}`);
      await sheet.close();
      const pages = pdfPages(path);
      pages.forEach((text, i) => {
        expect(text).toContain(label);
        expect(text).toContain(l.page(i + 1, pages.length));
      });
      return pages.join('\n');
    };

    const roster = await printDoc(d.roster, `day-roster-${lang}`);
    for (const slot of d.slots) expect(roster).toContain(slot);
    const lines = roster.split('\n');
    for (const person of facts.posts.flatMap((p) => p.people)) {
      expect(lines.some((line) => line.includes(person.name) && line.includes(person.phone))).toBe(true);
    }

    await page.getByRole('combobox', { name: d.document, exact: true }).selectOption({ label: d.log });
    await page.getByRole('combobox', { name: d.scope, exact: true }).selectOption({ label: d.oneShift });
    const log = (await printDoc(d.log, `activity-log-${lang}`)).replace(/\s+/g, '');
    expect(facts.logTexts.length).toBeGreaterThan(0);
    for (const text of facts.logTexts) expect(log).toContain(text.slice(0, 10).replace(/\s+/g, ''));

    const record = await printDoc(d.record, `patrol-record-${lang}`);
    expect(record).toContain(d.route);
    expect(record).toContain(d.checkpoint);
    expect(record).toContain(d.allClear);
    // Rounds due so far this shift (the 10:30 one not yet) are on the record.
    for (const due of facts.rounds.filter((r) => r < '10:12')) expect(record).toContain(due);
  });
}
