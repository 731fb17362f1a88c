import { expect, test, type Page } from '@playwright/test';
import { xiangzhangyuanPlanSvg } from '../../shared/demo/xiangzhangyuanPlan';
import {
  brokenSvg,
  cutOffJpeg,
  damagedPngs,
  hugePng,
  jpegWithTrailer,
  linkingSvg,
  notAnImage,
  planPng,
  scriptedSvg,
} from '../fixtures/plans/makePlans';
import { CordonApp } from '../pages/CordonApp';
import { keepScreenshot } from '../support/screenshots';

type File = { name: string; mimeType: string; buffer: Buffer };

const planLayer = (page: Page) => page.locator('.leaflet-image-layer');
const planSrc = (page: Page) => planLayer(page).getAttribute('src');

/** What was stored, read straight from IndexedDB (the page's CSP keeps fetch off blob: URLs). */
function storedPlanText(page: Page): Promise<string> {
  return page.evaluate(
    () =>
      new Promise<string>((resolve, reject) => {
        const open = indexedDB.open('cordon');
        open.onerror = () => reject(new Error('cannot open the store'));
        open.onsuccess = () => {
          const all = open.result.transaction('planAssets').objectStore('planAssets').getAll();
          all.onerror = () => reject(new Error('cannot read planAssets'));
          all.onsuccess = () => {
            const rows = all.result as { data: Blob }[];
            Promise.all(rows.map((r) => r.data.text())).then((texts) => resolve(texts.join('\n')), reject);
          };
        };
      }),
  );
}

/**
 * Opens a stored SVG on its own, as a browser tab would, and gives back every address it
 * tried to load; nothing leaves the machine (each request is answered or aborted here).
 */
async function loadsWhenOpenedAlone(page: Page, svg: string): Promise<string[]> {
  const tab = await page.context().newPage();
  const address = 'http://plan.test/plan.svg';
  const loaded: string[] = [];
  await tab.route('**/*', (route) => {
    const url = route.request().url();
    if (url === address) return route.fulfill({ contentType: 'image/svg+xml', body: svg });
    loaded.push(url);
    return route.abort();
  });
  await tab.goto(address);
  await tab.close();
  return loaded;
}

/** Opens the import dialog and chooses a file through the browser host's file input. */
async function chooseFile(page: Page, dialogName: string, chooseLabel: string, file: File): Promise<void> {
  const dialog = page.getByRole('dialog', { name: dialogName });
  const chooser = page.waitForEvent('filechooser');
  await dialog.getByRole('button', { name: chooseLabel }).click();
  await (await chooser).setFiles(file);
}

test('importing a PNG plan and setting its scale replaces the picture, keeps the entrances, survives a reload and is audited', async ({
  page,
}) => {
  const app = new CordonApp(page);
  await app.openMap();
  await expect(page.locator('.entrance-marker')).toHaveCount(6);
  await expect(page.getByTestId('scale-bar')).toHaveText(/^\d+ 米$/);
  const scaleBefore = await page.getByTestId('scale-bar').innerText();
  const before = await planSrc(page);

  await page.getByRole('button', { name: '导入平面图' }).click();
  const dialog = page.getByRole('dialog', { name: '导入平面图' });
  await expect(dialog.getByRole('button', { name: '选择文件…' })).toBeFocused();
  await chooseFile(page, '导入平面图', '选择文件…', {
    name: 'plan.png',
    mimeType: 'image/png',
    buffer: planPng(500, 350),
  });
  await expect(dialog.getByTestId('plan-chosen')).toHaveText('plan.png · 500 × 350');
  // Same shape as the demo plan (1000 × 700): fitted to it, so what is placed stays aligned.
  await expect(dialog.getByRole('checkbox', { name: /按当前平面尺寸/ })).toBeChecked();
  await expect(dialog.getByTestId('plan-scale')).toHaveText('未画比例线时沿用当前比例尺。');

  // A line across 80% of the picture: 400 px = 800 plan units; 50 m makes 0.0625 m a unit.
  const box = await dialog.getByTestId('plan-preview').boundingBox();
  if (!box) throw new Error('no preview');
  await page.mouse.click(box.x + box.width * 0.1, box.y + box.height * 0.5);
  await page.mouse.click(box.x + box.width * 0.9, box.y + box.height * 0.5);
  const length = dialog.getByLabel('实际长度（米）');
  await length.fill('50');
  const scaleText = dialog.getByTestId('plan-scale');
  await expect(scaleText).toHaveText(/^比例尺：每单位 0\.06\d* 米（线长 [\d.]+ 单位）$/);
  // Mouse clicks land on whole screen pixels: the line is 800 units give or take 1%.
  const units = Number(/线长 ([\d.]+)/.exec(await scaleText.innerText())?.[1]);
  expect(Math.abs(units - 800)).toBeLessThan(8);
  await keepScreenshot(page, 'plan-import-scale-zh');
  await length.press('Enter');
  await expect(dialog).toBeHidden();

  // The demo's drawn plan is an object URL too: the picture changed when the URL did.
  await expect.poll(() => planSrc(page)).not.toBe(before);
  await expect(page.locator('.entrance-marker')).toHaveCount(6);
  await expect(page.getByTestId('scale-bar')).toHaveText(/^\d+ 米$/);
  await expect(page.getByTestId('scale-bar')).not.toHaveText(scaleBefore);
  await expect(page.getByRole('button', { name: '更换平面图' })).toBeVisible();
  await keepScreenshot(page, 'plan-import-map-zh');

  await page.reload();
  await app.continueAs('陈静');
  await expect(page.locator('.entrance-marker')).toHaveCount(6);
  await expect(page.getByRole('button', { name: '更换平面图' })).toBeVisible();
  await expect.poll(() => planSrc(page)).toMatch(/^blob:/);
  await expect(page.getByTestId('scale-bar')).not.toHaveText(scaleBefore);

  const row = (await app.auditRows('现场')).first();
  await expect(row).toContainText('陈静');
});

test('bad files are refused with a clear message and the plan stays as it was (English)', async ({ page }) => {
  const app = new CordonApp(page);
  await app.open();
  await app.signInAs('Chen Jing');
  await app.switchLanguage();
  await app.goTo('Map');
  await expect(page.locator('.entrance-marker')).toHaveCount(6);
  const before = await planSrc(page);
  await page.getByRole('button', { name: 'Import plan picture' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import plan picture' });
  const cases: [File, RegExp][] = [
    [{ name: 'plan.png', mimeType: 'image/png', buffer: Buffer.from(notAnImage) }, /not a picture/],
    [{ name: 'plan.svg', mimeType: 'image/svg+xml', buffer: Buffer.from(brokenSvg) }, /SVG file is damaged/],
    [{ name: 'huge.png', mimeType: 'image/png', buffer: hugePng() }, /too many pixels/],
    ...damagedPngs().map(({ name, buffer }): [File, RegExp] => [
      { name, mimeType: 'image/png', buffer },
      /^The picture is damaged and cannot be read\./,
    ]),
    [{ name: 'cut-off.jpg', mimeType: 'image/jpeg', buffer: cutOffJpeg() }, /^The picture is damaged/],
  ];
  for (const [file, message] of cases) {
    await chooseFile(page, 'Import plan picture', 'Choose a file…', file);
    await expect(dialog.getByRole('alert')).toHaveText(message);
    await expect(dialog.getByTestId('plan-preview')).toHaveCount(0);
    await expect(dialog.getByRole('button', { name: 'Save' })).toBeDisabled();
  }
  await keepScreenshot(page, 'plan-import-refused-en');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  expect(await planSrc(page)).toBe(before);
  await page.reload();
  await app.continueAs('Chen Jing');
  await expect(page.locator('.entrance-marker')).toHaveCount(6);
  // Still the demo's drawn plan: nothing was imported.
  await expect(page.getByRole('button', { name: 'Import plan picture' })).toBeVisible();
});

test('a not-an-image file is refused in Chinese too', async ({ page }) => {
  const app = new CordonApp(page);
  await app.openMap();
  await page.getByRole('button', { name: '导入平面图' }).click();
  await chooseFile(page, '导入平面图', '选择文件…', {
    name: '名单.png',
    mimeType: 'image/png',
    buffer: Buffer.from(notAnImage),
  });
  await expect(page.getByRole('dialog').getByRole('alert')).toContainText('这不是图片文件');
});

test('a damaged PNG is refused in Chinese too, and cannot be saved', async ({ page }) => {
  const app = new CordonApp(page);
  await app.openMap();
  await page.getByRole('button', { name: '导入平面图' }).click();
  const dialog = page.getByRole('dialog', { name: '导入平面图' });
  for (const { name, buffer } of damagedPngs()) {
    await chooseFile(page, '导入平面图', '选择文件…', { name, mimeType: 'image/png', buffer });
    await expect(dialog.getByRole('alert')).toContainText('图片已损坏，无法读取。');
    await expect(dialog.getByTestId('plan-preview')).toHaveCount(0);
    await expect(dialog.getByRole('button', { name: '保存' })).toBeDisabled();
  }
  await keepScreenshot(page, 'plan-import-damaged-zh');
});

test('a JPEG with more after its end is accepted, and the same JPEG cut off is refused', async ({ page }) => {
  const app = new CordonApp(page);
  await app.openMap();
  await page.getByRole('button', { name: '导入平面图' }).click();
  const dialog = page.getByRole('dialog', { name: '导入平面图' });
  await chooseFile(page, '导入平面图', '选择文件…', { name: '截断.jpg', mimeType: 'image/jpeg', buffer: cutOffJpeg() });
  await expect(dialog.getByRole('alert')).toContainText('图片已损坏，无法读取。');
  await expect(dialog.getByRole('button', { name: '保存' })).toBeDisabled();
  await chooseFile(page, '导入平面图', '选择文件…', {
    name: '手机照片.jpg',
    mimeType: 'image/jpeg',
    buffer: jpegWithTrailer(),
  });
  await expect(dialog.getByTestId('plan-chosen')).toHaveText('手机照片.jpg · 400 × 300');
  await expect(dialog.getByRole('alert')).toHaveCount(0);
  await expect(dialog.getByRole('button', { name: '保存' })).toBeEnabled();
});

test('an SVG with scripts is accepted sanitised, and nothing in it runs', async ({ page }) => {
  const app = new CordonApp(page);
  await app.openMap();
  await expect(page.locator('.entrance-marker')).toHaveCount(6);
  const before = await planSrc(page);
  await page.getByRole('button', { name: '导入平面图' }).click();
  const dialog = page.getByRole('dialog', { name: '导入平面图' });
  await chooseFile(page, '导入平面图', '选择文件…', {
    name: 'scripted.svg',
    mimeType: 'image/svg+xml',
    buffer: Buffer.from(scriptedSvg),
  });
  await expect(dialog.getByText('已从此 SVG 中移除脚本和外部内容。')).toBeVisible();
  await expect(dialog.getByTestId('plan-chosen')).toHaveText('scripted.svg · 1,000 × 700');
  await dialog.getByTestId('plan-preview').click();
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(dialog).toBeHidden();
  await expect.poll(() => planSrc(page)).not.toBe(before);
  await planLayer(page).click({ force: true });

  const stored = await storedPlanText(page);
  expect(stored).toContain('scripted plan');
  expect(stored).not.toMatch(/<script|onload|onclick|foreignObject|iframe|javascript:|example\.invalid/i);
  expect(await page.evaluate(() => (window as unknown as { __planXss?: string }).__planXss)).toBeUndefined();
  await keepScreenshot(page, 'plan-import-svg-zh');
});

test('an SVG that links a style sheet and animates a link to javascript: is stored without either', async ({
  page,
}) => {
  // The file as it was chosen does load its style sheet when opened on its own.
  expect(await loadsWhenOpenedAlone(page, linkingSvg)).toContain('http://example.invalid/plan.css');
  const app = new CordonApp(page);
  await app.openMap();
  const before = await planSrc(page);
  await page.getByRole('button', { name: '导入平面图' }).click();
  const dialog = page.getByRole('dialog', { name: '导入平面图' });
  await chooseFile(page, '导入平面图', '选择文件…', {
    name: 'linked.svg',
    mimeType: 'image/svg+xml',
    buffer: Buffer.from(linkingSvg),
  });
  await expect(dialog.getByText('已从此 SVG 中移除脚本和外部内容。')).toBeVisible();
  await expect(dialog.getByTestId('plan-chosen')).toHaveText('linked.svg · 1,000 × 700');
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(dialog).toBeHidden();
  await expect.poll(() => planSrc(page)).not.toBe(before);

  const stored = await storedPlanText(page);
  expect(stored).toContain('linked plan');
  expect(stored).not.toMatch(/xml-stylesheet|<set|attributeName|javascript:|example\.invalid/i);
  expect(await loadsWhenOpenedAlone(page, stored)).toEqual([]);
});

test("the demo's own plan, imported as an SVG, is stored as drawn and nothing is reported removed", async ({
  page,
}) => {
  const app = new CordonApp(page);
  await app.openMap();
  const before = await planSrc(page);
  await page.getByRole('button', { name: '导入平面图' }).click();
  const dialog = page.getByRole('dialog', { name: '导入平面图' });
  await chooseFile(page, '导入平面图', '选择文件…', {
    name: 'xiangzhangyuan.svg',
    mimeType: 'image/svg+xml',
    buffer: Buffer.from(xiangzhangyuanPlanSvg),
  });
  await expect(dialog.getByTestId('plan-chosen')).toHaveText('xiangzhangyuan.svg · 1,000 × 700');
  await expect(dialog.getByText('已从此 SVG 中移除脚本和外部内容。')).toHaveCount(0);
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(dialog).toBeHidden();
  await expect.poll(() => planSrc(page)).not.toBe(before);
  // As drawn: the same markup as the browser's own reading of the file, written out again.
  const asRead = await page.evaluate(
    (svg) => new XMLSerializer().serializeToString(new DOMParser().parseFromString(svg, 'image/svg+xml')),
    xiangzhangyuanPlanSvg,
  );
  expect((await storedPlanText(page)) === asRead, 'stored plan differs from the drawn one').toBe(true);
});

test('a picture of another shape carries every marker to the same relative place on it; the audit says why they moved', async ({
  page,
}) => {
  const app = new CordonApp(page);
  await app.openMap();
  await expect(page.locator('main [data-screen="/map"] .entrance-marker')).toHaveCount(6);
  // Where each entrance sits as a fraction of the plan picture: the same after the change.
  const relative = async () =>
    page.evaluate(() => {
      const plan = document.querySelector('.leaflet-image-layer')?.getBoundingClientRect();
      if (!plan) return [];
      return Array.from(document.querySelectorAll('.entrance-marker'), (m) => {
        const r = m.getBoundingClientRect();
        return [
          ((r.x + r.width / 2 - plan.x) / plan.width).toFixed(2),
          ((r.y + r.height / 2 - plan.y) / plan.height).toFixed(2),
        ].join(',');
      }).sort();
    });
  // An edit first, that undo could take back.
  await page.getByRole('button', { name: '编辑', exact: true }).click();
  await page.getByLabel('放置类型').selectOption({ label: '摄像头' });
  await page.getByRole('button', { name: '放置', exact: true }).click();
  const map = await page.getByTestId('site-map').boundingBox();
  if (!map) throw new Error('no map');
  await page.mouse.click(map.x + map.width * 0.4, map.y + map.height * 0.5);
  await expect(page.getByRole('button', { name: '撤销' })).toBeEnabled();
  const before = await relative();

  await page.getByRole('button', { name: '导入平面图' }).click();
  const dialog = page.getByRole('dialog', { name: '导入平面图' });
  // A square picture (a phone photo of the drawing): not the shape of the demo plan's 1000 × 700 units.
  await chooseFile(page, '导入平面图', '选择文件…', {
    name: 'photo.png',
    mimeType: 'image/png',
    buffer: planPng(500, 500),
  });
  await expect(dialog.getByTestId('plan-chosen')).toHaveText('photo.png · 500 × 500');
  await expect(dialog.getByRole('checkbox')).toHaveCount(0);
  await expect(dialog.getByTestId('plan-positions')).toHaveText(/等比缩放到新图上/);
  // No line drawn: the demo's 0.25 m a unit, in units half the size, is 0.5 m a unit.
  await expect(dialog.getByTestId('plan-scale')).toHaveText('未画比例线：比例尺随位置一同换算为每单位 0.5 米。');
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(dialog).toBeHidden();

  // Scaled by min(500/1000, 500/700) = 0.5: across, each entrance is at the same fraction of the picture;
  // down, at 0.5 × y of a picture 500 high, i.e. 0.7 of its old fraction of 700. All inside the picture.
  await expect(page.locator('main [data-screen="/map"] .entrance-marker')).toHaveCount(6);
  await expect(page.getByTestId('scale-bar')).toHaveText(/^\d+ 米$/);
  // The edit made before would put doorway 3 back in the old plan's units: it can no longer be undone.
  await expect(page.getByRole('button', { name: '撤销' })).toBeDisabled();
  const after = await relative();
  expect(after).toHaveLength(6);
  for (const [i, p] of after.entries()) {
    const [x, y] = p.split(',').map(Number);
    const [bx, by] = (before[i] ?? '').split(',').map(Number);
    expect(x).toBeCloseTo(bx ?? Number.NaN, 1);
    expect(y).toBeCloseTo((by ?? Number.NaN) * 0.7, 1);
  }
  await keepScreenshot(page, 'plan-import-rescaled-zh');

  const moved = await app.auditRows('更换平面图，位置按新图尺寸换算');
  // Every entrance, post, checkpoint and work of the site, each once, with the reason.
  await expect(moved.filter({ hasText: '出入口 · 沿街门洞3' })).toHaveCount(1);
  const placed = await page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const r = indexedDB.open('cordon');
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error ?? new Error('open failed'));
    });
    const stores = ['entrances', 'posts', 'checkpoints', 'perimeterWorks'];
    const tx = db.transaction(stores);
    const counts = await Promise.all(
      stores.map(
        (n) =>
          new Promise<number>((resolve) => {
            const r = tx.objectStore(n).count();
            r.onsuccess = () => resolve(r.result);
          }),
      ),
    );
    db.close();
    return counts.reduce((a, b) => a + b, 0);
  });
  // The demo: 6 entrances, 6 posts, 8 checkpoints, its works, and the camera placed above.
  expect(placed).toBeGreaterThan(20);
  await expect(moved).toHaveCount(placed);
});

test('the scale of the plan in place is set without choosing a picture again (English)', async ({ page }) => {
  const app = new CordonApp(page);
  await app.open();
  await app.signInAs('Chen Jing');
  await app.switchLanguage();
  await app.goTo('Map');
  await expect(page.getByTestId('scale-bar')).toHaveText(/^\d+ m$/);
  const barBefore = await page.locator('.scale-bar-line').evaluate((e) => e.getBoundingClientRect().width);
  const textBefore = await page.getByTestId('scale-bar').innerText();

  await page.getByRole('button', { name: 'Set scale' }).click();
  const dialog = page.getByRole('dialog', { name: 'Set scale' });
  await expect(dialog.getByTestId('plan-scale-current')).toHaveText('Current scale: 0.25 m per unit.');
  await expect(dialog.getByRole('button', { name: 'Save' })).toBeDisabled();
  // Across the whole width of the 1000-unit plan: 1000 units = 500 m, so 0.5 m a unit (twice the demo's).
  const box = await dialog.getByTestId('plan-preview').boundingBox();
  if (!box) throw new Error('no preview');
  await page.mouse.click(box.x + 1, box.y + box.height / 2);
  await page.mouse.click(box.x + box.width - 1, box.y + box.height / 2);
  await dialog.getByLabel('Real length (metres)').fill('500');
  await expect(dialog.getByTestId('plan-scale')).toHaveText(/^Scale: 0\.5\d* m per unit/);
  await keepScreenshot(page, 'plan-scale-en');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();

  // Twice the metres per unit: the bar now stands for a longer distance, or the same distance drawn shorter.
  await expect
    .poll(async () => {
      const width = await page.locator('.scale-bar-line').evaluate((e) => e.getBoundingClientRect().width);
      const text = await page.getByTestId('scale-bar').innerText();
      return text !== textBefore || width < barBefore * 0.7;
    })
    .toBe(true);
  await page.reload();
  await app.continueAs('Chen Jing');
  await app.goTo('Map');
  await page.getByRole('button', { name: 'Set scale' }).click();
  await expect(page.getByRole('dialog', { name: 'Set scale' }).getByTestId('plan-scale-current')).toHaveText(
    /^Current scale: 0\.5\d* m per unit\.$/,
  );
});
