import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { CordonApp, type Lang } from '../pages/CordonApp';
import { ShiftBoard } from '../pages/ShiftBoard';
import { keepScreenshot, sizesFor } from '../support/screenshots';

// 10:00 in Shanghai on day two of the closure: the demo has shifts on 27, 28 and 29 November.
const TEN_AM = new Date('2026-11-28T10:00:00+08:00');

test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(TEN_AM);
});

async function openBoard(page: Page, lang: Lang): Promise<ShiftBoard> {
  const app = new CordonApp(page);
  if (lang === 'en') await app.openEnglishDemo();
  else await app.openOverview();
  const board = new ShiftBoard(page, lang);
  await app.goTo(board.w.nav);
  await expect(board.board()).toBeVisible();
  return board;
}

/** Opens the picker of a cell with the keyboard (Tab there, Enter). */
async function openPicker(board: ShiftBoard, cellName: string): Promise<void> {
  await board.tabTo(board.page.getByRole('button', { name: board.w.add(cellName), exact: true }));
  await board.page.keyboard.press('Enter');
  await expect(board.picker()).toBeVisible();
}

/** Types into the open picker and takes the first person offered. */
async function pickTyped(board: ShiftBoard, text: string): Promise<void> {
  await board.picker().getByRole('combobox', { name: board.w.pickerSearch }).fill(text);
  await board.page.keyboard.press('Enter');
}

/** Escape closes the picker; in a search box with text in it, the first Escape clears the text. */
async function closePicker(board: ShiftBoard): Promise<void> {
  const search = board.picker().getByRole('combobox');
  if ((await search.inputValue()) !== '') await board.page.keyboard.press('Escape');
  await board.page.keyboard.press('Escape');
  await expect(board.picker()).toBeHidden();
}

for (const lang of ['zh-CN', 'en'] as const) {
  test(`a day is planned from the 3×8 pattern by keyboard alone, following the problem list, in ${lang}`, async ({
    page,
  }) => {
    // 39 people and 3 leaders chosen one key at a time.
    test.setTimeout(180_000);
    const board = await openBoard(page, lang);
    const w = board.w;
    await board.showDay('2026-11-30');
    await expect(board.board()).toBeHidden();
    await board.tabTo(page.getByRole('button', { name: w.generate(1) }));
    await page.keyboard.press('Enter');
    // Three new shifts, every post unstaffed and no leader: 18 + 3 problems, each a link.
    await expect(board.board().getByRole('columnheader')).toHaveCount(4);
    await expect(board.problems()).toHaveCount(21);
    await expect(board.problems().filter({ hasText: w.unstaffed(3) })).toHaveCount(3);
    await expect(board.problems().filter({ hasText: w.unstaffed(2) })).toHaveCount(15);
    await expect(board.problems().filter({ hasText: w.noLeader })).toHaveCount(3);
    await keepScreenshot(page, `board-empty-day-${lang}`);

    // Each problem's link puts the keyboard on its cell's add button (or the shift's leader choice);
    // once the cell is done, the keyboard is back on the list, one Tab from the next problem.
    // In English the same keys plan the first seven problems (the labels are what differs);
    // the whole day, and the reload, in Chinese.
    const rounds = lang === 'en' ? 7 : 40;
    for (let round = 0; round < rounds && (await board.problems().count()) > 0; round++) {
      const link = board.problems().first();
      const text = (await link.textContent()) ?? '';
      await board.tabTo(link);
      await page.keyboard.press('Enter');
      await page.keyboard.press('Enter');
      await expect(board.picker()).toBeVisible();
      const isLeader = text.includes(w.noLeader);
      const needed = isLeader ? 1 : text.includes(w.unstaffed(3)) ? 3 : 2;
      // Free and rested people come first: Enter takes the first, and the picker stays open for the next.
      await expect(board.picker().getByRole('option').first()).toContainText(w.free);
      for (let i = 0; i < needed; i++) {
        await page.keyboard.press('Enter');
        if (!isLeader) await expect(board.picker().getByRole('status')).toHaveText(w.filledStatus(i + 1, needed));
      }
      if (!isLeader) await closePicker(board);
      await expect(board.picker()).toBeHidden();
      await expect(board.problems().filter({ hasText: text })).toHaveCount(0);
    }
    if (lang === 'en') {
      await expect(board.problems()).toHaveCount(21 - 7);
      return;
    }
    await expect(page.getByRole('heading', { name: w.noProblems })).toBeVisible();
    await expect(page.getByTestId('board-cell').getByTestId('cell-person')).toHaveCount(3 * (3 + 2 * 5));
    await keepScreenshot(page, `board-planned-day-${lang}`);

    // Planned, reloaded: it is all in the store.
    await page.reload();
    await new CordonApp(page, lang).continueAs('陈静');
    await new CordonApp(page, lang).goTo(w.nav);
    await board.showDay('2026-11-30');
    await expect(page.getByTestId('board-cell').getByTestId('cell-person')).toHaveCount(39);
    await expect(page.getByRole('heading', { name: w.noProblems })).toBeVisible();
  });

  test(`each rule is explained on the cell and in the list, and cleared when fixed, in ${lang}`, async ({ page }) => {
    const board = await openBoard(page, lang);
    const w = board.w;
    await board.showDay('2026-11-29');
    await expect(page.getByRole('heading', { name: w.noProblems })).toBeVisible();
    const [door1, door2] = [w.posts[0], w.posts[1]];
    const day = w.slots[1];
    const evening = w.slots[2];
    const door1Day = board.cell(door1, day);
    const door2Day = board.cell(door2, day);
    const door2Evening = board.cell(door2, evening);
    const cellName = async (cell: typeof door1Day) => (await cell.getAttribute('aria-label')) ?? '';

    // Below its minimum: one of the two taken off, then put back by typing the name.
    const [first] = await board.names(door2Day);
    if (!first) throw new Error('the demo has people at doorway 2');
    await door2Day.getByRole('button', { name: w.remove(first, await cellName(door2Day)) }).click();
    await expect(door2Day).toContainText(w.below(1, 2));
    await expect(board.problems().filter({ hasText: w.below(1, 2) })).toHaveCount(1);
    await openPicker(board, await cellName(door2Day));
    await pickTyped(board, first);
    await closePicker(board);
    await expect(door2Day).not.toContainText(w.below(1, 2));
    await expect(page.getByRole('heading', { name: w.noProblems })).toBeVisible();

    // In two places at once: someone from doorway 1 put at doorway 2 in the same shift.
    const [busy] = await board.names(door1Day);
    if (!busy) throw new Error('the demo has people at doorway 1');
    await openPicker(board, await cellName(door2Day));
    await board.picker().getByRole('combobox').fill(busy);
    await expect(board.picker().getByRole('option').first()).toContainText(w.elsewhere);
    await page.keyboard.press('Enter');
    await closePicker(board);
    await expect(door2Day).toContainText(w.doubleBooked(busy));
    await expect(door1Day).toContainText(w.doubleBooked(busy));
    await expect(board.problems().filter({ hasText: w.doubleBooked(busy) })).toHaveCount(2);
    await keepScreenshot(page, `board-double-booked-${lang}`);
    await door2Day.getByRole('button', { name: w.remove(busy, await cellName(door2Day)) }).click();
    await expect(page.getByRole('heading', { name: w.noProblems })).toBeVisible();

    // No rest and too many hours: the day shift's person also put on the evening shift.
    await openPicker(board, await cellName(door2Evening));
    await pickTyped(board, busy);
    await closePicker(board);
    await expect(door2Evening).toContainText(w.shortRest(busy));
    await expect(door2Evening).toContainText(w.tooMany(busy));
    await expect(board.problems().filter({ hasText: w.shortRest(busy) })).toHaveCount(1);
    await expect(board.problems().filter({ hasText: w.tooMany(busy) })).toHaveCount(1);
    await door2Evening.getByRole('button', { name: w.remove(busy, await cellName(door2Evening)) }).click();
    await expect(page.getByRole('heading', { name: w.noProblems })).toBeVisible();

    // A reserve member: allowed, flagged as a call-up, and counted apart.
    await openPicker(board, await cellName(door2Evening));
    await board
      .picker()
      .getByRole('combobox')
      .fill(lang === 'en' ? 'Emergency reserve' : '应急预备队');
    const option = board.picker().getByRole('option').first();
    const reserveName = ((await option.getByTestId('picker-name').textContent()) ?? '').trim();
    await page.keyboard.press('Enter');
    await closePicker(board);
    await expect(door2Evening).toContainText(w.reserve(reserveName));
    await expect(board.problems().filter({ hasText: w.reserve(reserveName) })).toHaveCount(1);
    await expect(page.getByRole('heading', { name: lang === 'en' ? /1 notice/ : /1 条提示/ })).toBeVisible();
    await door2Evening.getByRole('button', { name: w.remove(reserveName, await cellName(door2Evening)) }).click();
    await expect(board.problems()).toHaveCount(0);
  });
}

for (const lang of ['zh-CN', 'en'] as const) {
  test(`someone stood down while still on the board is flagged until taken off, in ${lang}`, async ({ page }) => {
    const board = await openBoard(page, lang);
    const w = board.w;
    await board.showDay('2026-11-29');
    const cell = board.cell(w.posts[3], w.slots[2]);
    const [name] = await board.names(cell);
    if (!name) throw new Error('the demo has people at doorway 4');
    await page.getByRole('tab', { name: w.peopleTab }).click();
    await page.getByRole('searchbox', { name: w.search }).fill(name);
    await page.getByTestId('person-row').filter({ hasText: name }).getByRole('button', { name: w.standDown }).click();
    await page.getByRole('dialog').getByRole('button', { name: w.standDown, exact: true }).click();
    await expect(page.getByRole('dialog')).toBeHidden();
    await page.getByRole('tab', { name: w.boardTab }).click();
    await board.showDay('2026-11-29');
    await expect(cell).toContainText(w.stoodDown(name));
    await expect(board.problems().filter({ hasText: w.stoodDown(name) })).toHaveCount(1);
    // Nobody stood down is offered for a cell.
    await openPicker(board, (await cell.getAttribute('aria-label')) ?? '');
    await board.picker().getByRole('combobox').fill(name);
    await expect(board.picker().getByRole('option')).toHaveCount(0);
    await closePicker(board);
    await cell.getByRole('button', { name: w.remove(name, (await cell.getAttribute('aria-label')) ?? '') }).click();
    await expect(board.problems().filter({ hasText: w.stoodDown(name) })).toHaveCount(0);
  });

  test(`handover notes: the shift before’s first, a new one added and marked done, in ${lang}`, async ({ page }) => {
    const board = await openBoard(page, lang);
    const w = board.w;
    // The day shift running now is the one chosen; the night before it left notes in the demo.
    const panel = page.getByRole('region', { name: lang === 'en' ? /^Handover notes/ : /^交班事项/ });
    const headings = panel.getByRole('heading', { level: 4 });
    await expect(headings.first()).toHaveText(w.notesPrevious);
    await expect(headings.nth(1)).toHaveText(w.notesOwn(0));
    const text = lang === 'en' ? 'Side gate lock to be replaced' : '侧门锁需更换';
    await panel.getByLabel(w.noteText).fill(text);
    await panel.getByRole('button', { name: w.addNote }).click();
    await expect(headings.nth(1)).toHaveText(w.notesOwn(1));
    const note = panel.getByRole('listitem').filter({ hasText: text });
    await note.getByRole('checkbox').click();
    await expect(note.getByRole('checkbox')).toBeChecked();
    await expect(note).toContainText(w.doneBy);
    await keepScreenshot(page, `board-handover-${lang}`);
  });

  test(`the board’s rules refuse a rest of -1 or 100 hours and keep a good one, in ${lang}`, async ({ page }) => {
    const board = await openBoard(page, lang);
    const w = board.w;
    await page.getByRole('tab', { name: w.patternsTab }).click();
    const rest = page.getByLabel(w.minRest);
    await expect(rest).toHaveValue('8');
    for (const bad of ['-1', '100']) {
      await rest.fill(bad);
      await page.getByRole('button', { name: w.saveRules }).click();
      await expect(page.getByText(w.restError)).toBeVisible();
    }
    await rest.fill('10');
    await page.getByRole('button', { name: w.saveRules }).click();
    await expect(page.getByRole('status').filter({ hasText: w.rulesSaved })).toBeVisible();
    await page.reload();
    await new CordonApp(page, lang).continueAs(lang === 'en' ? 'Chen Jing' : '陈静');
    await new CordonApp(page, lang).goTo(w.nav);
    await page.getByRole('tab', { name: w.patternsTab }).click();
    await expect(page.getByLabel(w.minRest)).toHaveValue('10');
  });
}

test.describe('with the laptop in New York', () => {
  test.use({ timezoneId: 'America/New_York' });

  test('a shift crossing midnight lands on the right days in Asia/Shanghai', async ({ page }) => {
    const board = await openBoard(page, 'zh-CN');
    const w = board.w;
    await page.getByRole('tab', { name: w.patternsTab }).click();
    await page.getByRole('button', { name: w.newCustom }).click();
    const editor = page.getByRole('dialog');
    await editor.getByLabel(w.patternName).fill('夜间加强');
    await editor.getByLabel(w.slotName).fill('夜间');
    await editor.getByLabel(w.slotStart).fill('22:00');
    await editor.getByLabel(w.slotHours).fill('10');
    await editor.getByRole('button', { name: w.save, exact: true }).click();
    await expect(editor).toBeHidden();
    await expect(page.getByRole('listitem', { name: '夜间加强' })).toContainText('夜间 22:00–次日 08:00');
    await page.getByRole('combobox', { name: w.patternSelect, exact: true }).selectOption({ label: '夜间加强' });
    await page.getByLabel(w.makeFrom).fill('2026-11-30');
    await page.getByLabel(w.makeDays).fill('2');
    await page.getByRole('button', { name: w.makeShifts, exact: true }).click();
    await expect(page.getByRole('status').filter({ hasText: '已为 2 天生成 2 个新班次' })).toBeVisible();
    await page.getByRole('tab', { name: w.boardTab }).click();
    await board.showDay('2026-11-30');
    // Made on the 30th, 22:00 in Shanghai (09:00 in New York), ending at 08:00 on 1 December.
    await expect(board.board().getByRole('columnheader', { name: /^11月30日周一 夜间 22:00–08:00/ })).toBeVisible();
    await board.showDay('2026-12-01');
    await expect(board.board().getByRole('columnheader', { name: /^12月1日周二 夜间 22:00–08:00/ })).toBeVisible();
    await expect(board.board().getByRole('columnheader', { name: /11月30日/ })).toHaveCount(0);
  });
});

// Not assertions of pixels: the board a person must look at, kept in e2e/.artifacts/screenshots.
for (const lang of ['zh-CN', 'en'] as const) {
  test(`the board in ${lang}, light and dark, at laptop and wall sizes`, async ({ page }) => {
    const board = await openBoard(page, lang);
    const app = new CordonApp(page, lang);
    await board.showDay('2026-11-29');
    // A problem on show: one taken off doorway 2's day shift.
    const cell = board.cell(board.w.posts[1], board.w.slots[1]);
    // The board has moved on to the 29th before the cell's label is read for its button's name.
    await expect(cell).toHaveAttribute('aria-label', /11月29日|29 Nov/);
    const [first] = await board.names(cell);
    if (!first) throw new Error('the demo has people at doorway 2');
    await cell
      .getByRole('button', { name: board.w.remove(first, (await cell.getAttribute('aria-label')) ?? '') })
      .click();
    await expect(cell).toContainText(board.w.below(1, 2));
    for (const theme of ['light', 'dark'] as const) {
      if (theme === 'dark') {
        await app.goTo(app.w.settings);
        await page.getByLabel(lang === 'en' ? 'Theme' : '主题').selectOption('dark');
        await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
        await app.goTo(board.w.nav);
        await board.showDay('2026-11-29');
        await expect(cell).toContainText(board.w.below(1, 2));
      }
      for (const size of sizesFor(theme, [
        { name: '1366', width: 1366, height: 768 },
        { name: '1920', width: 1920, height: 1080 },
      ])) {
        await page.setViewportSize(size);
        await keepScreenshot(page, `board-${lang}-${theme}-${size.name}`);
      }
      await page.setViewportSize({ width: 1366, height: 768 });
    }
    await page.getByRole('tab', { name: board.w.patternsTab }).click();
    await keepScreenshot(page, `patterns-${lang}-dark-1366`);
  });
}

for (const lang of ['zh-CN', 'en'] as const) {
  test(`a day's assignments export to xlsx and CSV that read back whole, in ${lang}`, async ({ page }) => {
    const board = await openBoard(page, lang);
    await board.showDay('2026-11-29');
    const onBoard = await page.getByTestId('board-cell').getByTestId('cell-person').allTextContents();
    expect(onBoard.length).toBeGreaterThan(30);
    const group = page.getByRole('group', { name: lang === 'en' ? "Export the day's shifts" : '导出当天排班' });
    const save = async (button: string) => {
      const started = page.waitForEvent('download');
      await group.getByRole('button', { name: button }).click();
      const file = await started;
      return { name: file.suggestedFilename(), bytes: readFileSync(await file.path()) };
    };
    const xlsx = await save(lang === 'en' ? 'Export Excel' : '导出 Excel');
    expect(xlsx.name).toMatch(/2026-11-29\.xlsx$/);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(new Uint8Array(xlsx.bytes).buffer);
    const sheet = book.worksheets[0];
    if (!sheet) throw new Error('no sheet');
    // A header row and one row per person on the board that day, each name among them.
    expect(sheet.rowCount).toBe(onBoard.length + 1);
    const names = new Set<string>();
    sheet.eachRow((row, n) => {
      if (n > 1) row.eachCell((cell) => names.add(cell.text));
    });
    for (const name of onBoard) expect(names.has(name.trim())).toBe(true);
    const csv = await save(lang === 'en' ? 'Export CSV' : '导出 CSV');
    expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(
      csv.bytes
        .toString('utf8')
        .split('\r\n')
        .filter((l) => l !== ''),
    ).toHaveLength(onBoard.length + 1);
  });
}
