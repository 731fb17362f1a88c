import { expect, test, type Page } from '@playwright/test';
import { brokenSvg, hugePng, notAnImage, planPng, scriptedSvg } from '../fixtures/plans/makePlans';
import { CordonApp } from '../pages/CordonApp';
import { keepScreenshot } from '../support/screenshots';

type File = { name: string; mimeType: string; buffer: Buffer };

const planLayer = (page: Page) => page.locator('.leaflet-image-layer');
const planSrc = (page: Page) => planLayer(page).getAttribute('src');

/** Opens the import dialog and chooses a file through the browser host's file input. */
async function chooseFile(page: Page, dialogName: string, chooseLabel: string, file: File): Promise<void> {
  const dialog = page.getByRole('dialog', { name: dialogName });
  const chooser = page.waitForEvent('filechooser');
  await dialog.getByRole('button', { name: chooseLabel }).click();
  await (await chooser).setFiles(file);
}

test('importing a PNG plan and setting its scale replaces the picture, keeps the entrances, survives a reload and is audited', async ({ page }) => {
  const app = new CordonApp(page);
  await app.open();
  await app.signInAs('陈静');
  await app.goTo('地图');
  await expect(page.locator('.entrance-marker')).toHaveCount(6);
  await expect(page.getByTestId('scale-bar')).toHaveText(/^\d+ 米$/);
  const scaleBefore = await page.getByTestId('scale-bar').innerText();
  const before = await planSrc(page);

  await page.getByRole('button', { name: '导入平面图' }).click();
  const dialog = page.getByRole('dialog', { name: '导入平面图' });
  await expect(dialog.getByRole('button', { name: '选择文件…' })).toBeFocused();
  await chooseFile(page, '导入平面图', '选择文件…', { name: 'plan.png', mimeType: 'image/png', buffer: planPng(500, 350) });
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

  await app.goTo('审计记录');
  const row = page.getByTestId('audit-row').filter({ hasText: '现场' }).first();
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
  await app.open();
  await app.signInAs('陈静');
  await app.goTo('地图');
  await page.getByRole('button', { name: '导入平面图' }).click();
  await chooseFile(page, '导入平面图', '选择文件…', { name: '名单.png', mimeType: 'image/png', buffer: Buffer.from(notAnImage) });
  await expect(page.getByRole('dialog').getByRole('alert')).toContainText('这不是图片文件');
});

test('an SVG with scripts is accepted sanitised, and nothing in it runs', async ({ page }) => {
  const app = new CordonApp(page);
  await app.open();
  await app.signInAs('陈静');
  await app.goTo('地图');
  await expect(page.locator('.entrance-marker')).toHaveCount(6);
  const before = await planSrc(page);
  await page.getByRole('button', { name: '导入平面图' }).click();
  const dialog = page.getByRole('dialog', { name: '导入平面图' });
  await chooseFile(page, '导入平面图', '选择文件…', { name: 'scripted.svg', mimeType: 'image/svg+xml', buffer: Buffer.from(scriptedSvg) });
  await expect(dialog.getByText('已从此 SVG 中移除脚本和外部内容。')).toBeVisible();
  await expect(dialog.getByTestId('plan-chosen')).toHaveText('scripted.svg · 1,000 × 700');
  await dialog.getByTestId('plan-preview').click();
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(dialog).toBeHidden();
  await expect.poll(() => planSrc(page)).not.toBe(before);
  await planLayer(page).click({ force: true });

  // What was stored, read straight from IndexedDB (the page's CSP keeps fetch off blob: URLs).
  const stored = await page.evaluate(
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
  expect(stored).toContain('scripted plan');
  expect(stored).not.toMatch(/<script|onload|onclick|foreignObject|iframe|javascript:|example\.invalid/i);
  expect(await page.evaluate(() => (window as unknown as { __planXss?: string }).__planXss)).toBeUndefined();
  await keepScreenshot(page, 'plan-import-svg-zh');
});
