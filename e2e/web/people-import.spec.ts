import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { gbkCsv, pdfBytes, peopleXlsx } from '../fixtures/people/makePeople';
import { CordonApp, type Lang } from '../pages/CordonApp';
import { keepScreenshot } from '../support/screenshots';

// 22:40 in Shanghai: the night shift, and the day the export's file is named after.
const NIGHT = new Date('2026-12-04T22:40:00+08:00');
const DEMO_PEOPLE = 219;
const HYPERLINK = '=HYPERLINK("http://evil.example","点我")';

const w = {
  'zh-CN': {
    nav: '排班',
    tab: '人员',
    import: '导入名单…',
    title: '导入人员名单',
    choose: '选择文件…',
    chooseOther: '换一个文件…',
    cancel: '取消',
    exportXlsx: '导出 Excel',
    exportCsv: '导出 CSV',
    groupColumn: '“组别”列导入为',
    createGroups: '新建工作组：机动组',
    chosenXlsx: 'people.xlsx：40 行数据（Excel 文件）',
    chosenGbk: '名单.csv：6 行数据（CSV，GBK 编码）',
    summary: (good: number, bad: number) => `可导入 ${good} 人，有问题 ${bad} 行。`,
    confirm: (good: number, skipped: number) => `导入 ${good} 人，跳过 ${skipped} 行`,
    done: (n: number, g: number, s: number) => `已导入 ${n} 人，新建工作组 ${g} 个，跳过 ${s} 行。`,
    noName: '没有姓名',
    phone: '电话格式不对（应为 3–20 位数字）',
    repeats3: '与第 3 行重复',
    noGroup: '工作组不存在',
    formula: '含公式（如 =HYPERLINK），已拒绝',
    existing: '与已有人员重复（姓名和电话相同）',
    allDuplicates: '每一行都与已有人员重复：这份名单已经导入过了。',
    notXlsx: '这不是 Excel 文件（可能是改了扩展名的其他文件），没有导入任何内容。',
    empty: '文件是空的，没有导入任何内容。',
    auditReason: '导入 37 人，跳过 3 行',
    file: /^人员名单-香樟苑-2026-12-04\.(xlsx|csv)$/,
    header: ['姓名', '电话', '单位', '工作组', '角色', '预备队', '备注', '状态'],
  },
  en: {
    nav: 'Shifts',
    tab: 'People',
    import: 'Import list…',
    title: 'Import a people list',
    choose: 'Choose a file…',
    chooseOther: 'Choose another file…',
    cancel: 'Cancel',
    exportXlsx: 'Export Excel',
    exportCsv: 'Export CSV',
    groupColumn: 'Column “Group” imported as',
    createGroups: 'Create groups: Mobile team',
    chosenXlsx: 'people.xlsx: 40 rows of data (Excel)',
    chosenGbk: '名单.csv: 6 rows of data (CSV, GBK)',
    summary: (good: number, bad: number) => `${good} people can be imported, ${bad} rows have problems.`,
    confirm: (good: number, skipped: number) => `Import ${good} people, skip ${skipped} rows`,
    done: (n: number, g: number, s: number) => `Imported ${n} people, created ${g} groups, skipped ${s} rows.`,
    noName: 'No name',
    phone: 'Phone not valid (3 to 20 digits)',
    repeats3: 'Repeats row 3',
    noGroup: 'No such group',
    formula: 'Contains a formula (such as =HYPERLINK): refused',
    existing: 'Already in the list (same name and phone)',
    allDuplicates: 'Every row is someone already in the list: this list has been imported before.',
    notXlsx: 'This is not an Excel file (perhaps another file renamed). Nothing was imported.',
    empty: 'The file is empty. Nothing was imported.',
    auditReason: 'imported 37 people, skipped 3 rows',
    file: /^people-Xiangzhangyuan-2026-12-04\.(xlsx|csv)$/,
    header: ['Name', 'Phone', 'Unit', 'Group', 'Role', 'Reserve', 'Notes', 'Status'],
  },
} as const;

type Counts = { people: number; groups: number; audit: number };

/** How many rows the store holds, read straight from IndexedDB: what the import wrote, not what a screen shows. */
function counts(page: Page): Promise<Counts> {
  return page.evaluate(
    () =>
      new Promise<Counts>((resolve, reject) => {
        const open = indexedDB.open('cordon');
        open.onerror = () => reject(new Error('cannot open the store'));
        open.onsuccess = () => {
          const tx = open.result.transaction(['people', 'groups', 'audit']);
          const out: Partial<Counts> = {};
          for (const name of ['people', 'groups', 'audit'] as const) {
            const req = tx.objectStore(name).count();
            req.onsuccess = () => (out[name] = req.result);
          }
          tx.oncomplete = () => resolve(out as Counts);
          tx.onerror = () => reject(new Error('cannot count'));
        };
      }),
  );
}

/** Someone whose notes are a formula, put straight into the store as an older list could have left them. */
function storeFormulaPerson(page: Page): Promise<void> {
  return page.evaluate(
    (notes) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('cordon');
        open.onsuccess = () => {
          const tx = open.result.transaction(['people', 'sites'], 'readwrite');
          const sites = tx.objectStore('sites').getAll();
          sites.onsuccess = () => {
            const site = (sites.result as { id: string }[])[0];
            if (!site) return reject(new Error('no site'));
            tx.objectStore('people').add({
              id: 'formula-person',
              siteId: site.id,
              name: '公式测试',
              phone: '+86 137 0000 0000',
              unit: 'other',
              groupId: null,
              role: '',
              reserve: false,
              notes,
              active: true,
            });
          };
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(new Error('cannot write'));
        };
      }),
    HYPERLINK,
  );
}

async function openPeople(app: CordonApp): Promise<void> {
  await app.goTo(w[app.lang].nav);
  await app.page.getByRole('tab', { name: w[app.lang].tab }).click();
  await expect(app.page.getByRole('button', { name: w[app.lang].import })).toBeVisible();
}

async function start(page: Page, lang: Lang): Promise<CordonApp> {
  await page.clock.setFixedTime(NIGHT);
  const app = new CordonApp(page, 'zh-CN');
  if (lang === 'en') await app.openEnglishDemo();
  else await app.openOverview();
  await openPeople(app);
  return app;
}

/** Opens the import (if it is not open) and chooses a file through the browser host's file input. */
async function choose(app: CordonApp, name: string, buffer: Buffer, again = false): Promise<void> {
  const { page } = app;
  const t = w[app.lang];
  const dialog = page.getByRole('dialog', { name: t.title });
  if (!(await dialog.isVisible())) await page.getByRole('button', { name: t.import }).click();
  const chooser = page.waitForEvent('filechooser');
  await dialog.getByRole('button', { name: again ? t.chooseOther : t.choose }).click();
  await (await chooser).setFiles({ name, mimeType: 'application/octet-stream', buffer });
}

const badRow = (page: Page, row: number) =>
  page.getByTestId('bad-row').filter({ has: page.getByRole('cell', { name: String(row), exact: true }) });

async function download(page: Page, button: string): Promise<{ name: string; bytes: Buffer }> {
  const started = page.waitForEvent('download');
  await page.getByRole('button', { name: button }).click();
  const file = await started;
  return { name: file.suggestedFilename(), bytes: readFileSync(await file.path()) };
}

for (const lang of ['zh-CN', 'en'] as const) {
  test.describe(lang, () => {
    test('a 40-person xlsx: bad rows by number, cancel writes nothing, then the good rows are imported', async ({
      page,
    }) => {
      const t = w[lang];
      const app = await start(page, lang);
      const before = await counts(page);
      expect(before.people).toBe(DEMO_PEOPLE);
      const file = await peopleXlsx(lang);
      await choose(app, 'people.xlsx', file);
      const dialog = page.getByRole('dialog', { name: t.title });
      await expect(dialog.getByTestId('people-io-chosen')).toHaveText(t.chosenXlsx);
      await expect(dialog.getByLabel(t.groupColumn)).toHaveValue('group');
      await expect(dialog.getByTestId('people-io-summary')).toHaveText(t.summary(35, 5));
      await expect(page.getByTestId('bad-row')).toHaveCount(5);
      await expect(badRow(page, 5)).toContainText(t.noName);
      await expect(badRow(page, 9)).toContainText(t.phone);
      await expect(badRow(page, 14)).toContainText(t.repeats3);
      await expect(badRow(page, 20)).toContainText(t.noGroup);
      await expect(badRow(page, 21)).toContainText(t.noGroup);
      for (const size of [
        { width: 1366, height: 768 },
        { width: 1920, height: 1080 },
      ]) {
        await page.setViewportSize(size);
        await keepScreenshot(page, `people-import-${lang}-light-${size.width}`);
      }

      await dialog.getByRole('button', { name: t.cancel }).click();
      await expect(dialog).toBeHidden();
      expect(await counts(page)).toEqual(before);

      await choose(app, 'people.xlsx', file);
      await dialog.getByRole('checkbox', { name: t.createGroups }).check();
      await expect(dialog.getByTestId('people-io-summary')).toHaveText(t.summary(37, 3));
      await dialog.getByRole('button', { name: t.confirm(37, 3) }).click();
      await expect(dialog).toBeHidden();
      await expect(page.getByTestId('people-io-status')).toHaveText(t.done(37, 1, 3));
      expect(await counts(page)).toEqual({
        people: before.people + 37,
        groups: before.groups + 1,
        // The import's one row, and the row of its line in the activity log.
        audit: before.audit + 2,
      });
      // The audit trail names the file and says what the import did, in one row.
      await expect(await app.auditRows('people.xlsx', t.auditReason)).toHaveCount(1);
    });

    test('a GBK CSV is read without asking; the formula row and the bad phone are refused', async ({ page }) => {
      const t = w[lang];
      const app = await start(page, lang);
      const before = await counts(page);
      await choose(app, '名单.csv', gbkCsv(lang));
      const dialog = page.getByRole('dialog', { name: t.title });
      await expect(dialog.getByTestId('people-io-chosen')).toHaveText(t.chosenGbk);
      await expect(dialog.getByRole('cell', { name: '郑海涛' })).toBeVisible();
      await expect(dialog.getByTestId('people-io-summary')).toHaveText(t.summary(4, 2));
      await expect(badRow(page, 4)).toContainText(t.formula);
      await expect(badRow(page, 6)).toContainText(t.phone);
      await dialog.getByRole('button', { name: t.confirm(4, 2) }).click();
      await expect(page.getByTestId('people-io-status')).toHaveText(t.done(4, 0, 2));
      // The import's audit row and its activity log line's.
      expect(await counts(page)).toEqual({ ...before, people: before.people + 4, audit: before.audit + 2 });
    });

    test('a PDF renamed .xlsx and an empty file are refused, and nothing changes', async ({ page }) => {
      const t = w[lang];
      const app = await start(page, lang);
      const before = await counts(page);
      const dialog = page.getByRole('dialog', { name: t.title });
      await choose(app, 'people.xlsx', pdfBytes);
      await expect(dialog.getByRole('alert')).toContainText(t.notXlsx);
      await expect(dialog.getByTestId('people-io-chosen')).toHaveCount(0);
      await choose(app, 'people.csv', Buffer.alloc(0));
      await expect(dialog.getByRole('alert')).toContainText(t.empty);
      await expect(dialog.getByRole('button', { name: /^(导入|Import) / })).toBeDisabled();
      await dialog.getByRole('button', { name: t.cancel }).click();
      expect(await counts(page)).toEqual(before);
    });

    test('the list exported to xlsx and CSV reads back, formulas marked, and re-imports as duplicates', async ({
      page,
    }) => {
      const t = w[lang];
      const app = await start(page, lang);
      await storeFormulaPerson(page);
      await page.reload();
      await app.continueAs(lang === 'en' ? 'Chen Jing' : '陈静');
      await openPeople(app);
      const before = await counts(page);
      expect(before.people).toBe(DEMO_PEOPLE + 1);

      const xlsx = await download(page, t.exportXlsx);
      expect(xlsx.name).toMatch(t.file);
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(new Uint8Array(xlsx.bytes).buffer);
      const sheet = book.worksheets[0];
      expect(sheet?.getRow(1).values).toEqual([undefined, ...t.header]);
      expect(sheet?.actualRowCount).toBe(DEMO_PEOPLE + 2);
      const formulaRow = sheet?.getRows(2, DEMO_PEOPLE + 1)?.find((r) => r.getCell(1).value === '公式测试');
      expect(formulaRow?.getCell(2).value).toBe("'+86 137 0000 0000");
      expect(formulaRow?.getCell(7).value).toBe(`'${HYPERLINK}`);
      expect(formulaRow?.getCell(7).type).toBe(ExcelJS.ValueType.String);

      const csv = await download(page, t.exportCsv);
      expect(csv.name).toMatch(t.file);
      expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const text = csv.bytes.toString('utf8');
      expect(text.split('\r\n')[0]).toBe(`\uFEFF${t.header.join(',')}`);
      expect(text.split('\r\n')).toHaveLength(DEMO_PEOPLE + 3);
      expect(text.replace(/\r\n/g, '')).not.toContain('\n');
      expect(text).toContain(`公式测试,'+86 137 0000 0000,`);
      expect(text).toContain(`"'=HYPERLINK(""http://evil.example"",""点我"")"`);

      for (const [name, bytes] of [
        [csv.name, csv.bytes],
        [xlsx.name, xlsx.bytes],
      ] as const) {
        await choose(app, name, bytes, await page.getByRole('dialog', { name: t.title }).isVisible());
        const dialog = page.getByRole('dialog', { name: t.title });
        await expect(dialog.getByTestId('people-io-summary')).toHaveText(t.allDuplicates);
        await expect(page.getByTestId('bad-row')).toHaveCount(DEMO_PEOPLE + 1 > 200 ? 200 : DEMO_PEOPLE + 1);
        await expect(page.getByTestId('bad-row').first()).toContainText(t.existing);
        await expect(dialog.getByRole('button', { name: t.confirm(0, DEMO_PEOPLE + 1) })).toBeDisabled();
      }
      await page.getByRole('dialog', { name: t.title }).getByRole('button', { name: t.cancel }).click();
      expect(await counts(page)).toEqual(before);
    });

    test('the import dialog reads at night', async ({ page }) => {
      const t = w[lang];
      const app = await start(page, lang);
      await app.goTo(lang === 'en' ? 'Settings' : '设置');
      await page.getByLabel(lang === 'en' ? 'Theme' : '主题').selectOption('dark');
      await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
      await openPeople(app);
      await choose(app, 'people.xlsx', await peopleXlsx(lang));
      await expect(page.getByRole('dialog', { name: t.title }).getByTestId('people-io-summary')).toHaveText(
        t.summary(35, 5),
      );
      for (const size of [
        { width: 1366, height: 768 },
        { width: 1920, height: 1080 },
      ]) {
        await page.setViewportSize(size);
        await keepScreenshot(page, `people-import-${lang}-dark-${size.width}`);
      }
    });
  });
}
