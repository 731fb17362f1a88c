import { expect, test } from '@playwright/test';
import { CordonApp } from '../pages/CordonApp';
import { keepScreenshot, sizesFor } from '../support/screenshots';

const sizes = [
  { name: '1366', width: 1366, height: 768 },
  { name: '1920', width: 1920, height: 1080 },
  { name: '3840', width: 3840, height: 2160 },
] as const;

// Not assertions of pixels: the screens a person must look at, kept in e2e/.artifacts/screenshots.
for (const lang of ['zh-CN', 'en'] as const) {
  for (const theme of ['light', 'dark'] as const) {
    test(`home, map and audit in ${lang}, ${theme}, at laptop and wall sizes`, async ({ page }) => {
      // Four screens at three sizes, each drawn whole before its picture: long by nature on a busy machine.
      test.setTimeout(120_000);
      await page.clock.setFixedTime(new Date('2026-11-28T22:40:00+08:00'));
      const app = new CordonApp(page);
      await app.openOverview(lang === 'en' ? 'Chen Jing' : '陈静');
      if (lang === 'en') await app.switchLanguage();
      if (theme === 'dark') {
        await app.goTo(app.w.settings);
        await page.getByLabel(lang === 'en' ? 'Theme' : '主题').selectOption('dark');
        await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
      }
      for (const size of sizesFor(theme, sizes)) {
        await page.setViewportSize({ width: size.width, height: size.height });
        await app.open('/');
        await app.waitReady();
        // Nothing on the overview may spill out sideways at any size.
        const overflow = await page.locator('main').evaluate((m) => m.scrollWidth - m.clientWidth);
        expect(overflow, `horizontal overflow at ${size.name}`).toBeLessThanOrEqual(1);
        await keepScreenshot(page, `home-${lang}-${theme}-${size.name}`);
      }
      // The map, and the map in edit mode, at every size: the wall screen shows it, the night shift edits it.
      for (const size of sizesFor(theme, sizes)) {
        await page.setViewportSize({ width: size.width, height: size.height });
        await app.open('/map');
        // The overview has entrance markers too: wait for the map screen itself (loaded on first visit).
        await expect(page.getByRole('toolbar')).toBeVisible();
        await expect(page.locator('main [data-screen="/map"] .entrance-marker')).toHaveCount(6);
        const overflow = await page.locator('main').evaluate((m) => m.scrollWidth - m.clientWidth);
        expect(overflow, `horizontal overflow of the map at ${size.name}`).toBeLessThanOrEqual(1);
        await keepScreenshot(page, `map-${lang}-${theme}-${size.name}`);
        // Markers grow with the text (16 px on a laptop, larger on a wall-size screen): 30 px entrance symbols at 16 px text.
        // Polled: the markers are redrawn a moment after the viewport changes.
        const rootPx = await page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
        const markerBox = () => page.locator('main [data-screen="/map"] .entrance-marker').first().boundingBox();
        await expect
          .poll(async () => Math.abs(((await markerBox())?.width ?? 0) - Math.round((30 * rootPx) / 16)), {
            message: `entrance marker size at ${size.name}`,
          })
          .toBeLessThanOrEqual(1);
        if (size.name === '3840') expect(rootPx).toBeGreaterThanOrEqual(24);
        // A work chosen with the keyboard (the second by name is a line in both languages): its halo over the plan.
        await page.keyboard.press('w');
        await page.keyboard.press('w');
        await expect(page.getByTestId('work-panel')).toBeVisible();
        await expect(page.locator('.selected-work-halo')).toHaveCount(1);
        await keepScreenshot(page, `map-work-${lang}-${theme}-${size.name}`);
        await page.keyboard.press('Escape');
        await expect(page.getByTestId('work-panel')).toBeHidden();
        const mapBox = await page.getByTestId('site-map').boundingBox();
        await page.keyboard.press('e');
        await expect(page.getByRole('toolbar').getByRole('button', { pressed: true })).toBeVisible();
        // Edit mode moves nothing: the map keeps its place and size, and the page does not scroll.
        expect(await page.getByTestId('site-map').boundingBox(), `map box in edit mode at ${size.name}`).toEqual(
          mapBox,
        );
        const editOverflow = await page.locator('main').evaluate((m) => m.scrollHeight - m.clientHeight);
        expect(editOverflow, `vertical overflow of the map in edit mode at ${size.name}`).toBeLessThanOrEqual(1);
        // Something selected, as when working: doorway 3's panel beside the editing map.
        await page.keyboard.press('3');
        await expect(page.getByTestId('entrance-panel')).toBeVisible();
        await keepScreenshot(page, `map-edit-${lang}-${theme}-${size.name}`);
        // Back as it was for the next size (the same screen stays open): no selection, edit mode off.
        await page.keyboard.press('Escape');
        await page.keyboard.press('e');
        await expect(page.getByRole('toolbar').getByRole('button').first()).toHaveAttribute('aria-pressed', 'false');
      }
      await page.setViewportSize({ width: 1366, height: 768 });
      await app.open('/audit');
      await expect(page.getByTestId('audit-row').first()).toBeVisible();
      await keepScreenshot(page, `audit-${lang}-${theme}-1366`);
    });
  }
}

/** Every other screen, and the dialogs several screens share, on a laptop and on the wall screen. */
const others = {
  'zh-CN': {
    screens: [
      ['出入口', '/entrances', '全部出入口'],
      ['围挡工程', '/perimeter', '围挡与升级工程'],
      ['排班', '/shifts', '排班'],
      ['设置', '/settings', '设置'],
    ],
    edit: '编辑',
    sideGate: '侧门',
    change: '改状态',
    operator: '换人',
  },
  en: {
    screens: [
      ['Entrances', '/entrances', 'All entrances'],
      ['Perimeter works', '/perimeter', 'Perimeter'],
      ['Shifts', '/shifts', 'Shifts'],
      ['Settings', '/settings', 'Settings'],
    ],
    edit: 'Edit',
    sideGate: 'Side gate',
    change: 'Change state',
    operator: 'Change',
  },
} as const;

for (const lang of ['zh-CN', 'en'] as const) {
  test(`entrances, perimeter works, a screen still to come, settings and the shared dialogs in ${lang}`, async ({
    page,
  }) => {
    await page.clock.setFixedTime(new Date('2026-11-28T22:40:00+08:00'));
    const app = new CordonApp(page);
    if (lang === 'en') await app.openEnglishDemo();
    else await app.openOverview();
    const w = others[lang];
    for (const size of sizes.slice(0, 2)) {
      await page.setViewportSize({ width: size.width, height: size.height });
      for (const [label, path, heading] of w.screens) {
        await app.goTo(label);
        await expect(
          page.locator(`main [data-screen="${path}"]`).getByRole('heading', { level: 2 }).first(),
        ).toContainText(heading);
        const overflow = await page.locator('main').evaluate((m) => m.scrollWidth - m.clientWidth);
        expect(overflow, `horizontal overflow of ${path} at ${size.name}`).toBeLessThanOrEqual(1);
        await keepScreenshot(page, `screen${path.replace('/', '-')}-${lang}-${size.name}`);
      }
      // The upgrade item form, opened on the first item.
      await app.goTo(w.screens[1][0]);
      await page.getByTestId('upgrade-row').first().getByRole('button', { name: w.edit }).click();
      await expect(page.getByRole('dialog')).toBeVisible();
      await keepScreenshot(page, `dialog-upgrade-item-${lang}-${size.name}`);
      await page.keyboard.press('Escape');
      // The entrance state dialog, from the entrance list.
      await app.goTo(w.screens[0][0]);
      await page
        .getByRole('row', { name: new RegExp(w.sideGate) })
        .getByRole('button', { name: w.change })
        .click();
      await expect(page.getByRole('dialog')).toBeVisible();
      await keepScreenshot(page, `dialog-entrance-state-${lang}-${size.name}`);
      await page.keyboard.press('Escape');
      // The sign-on question, asked again.
      await page.getByRole('banner').getByRole('button', { name: w.operator, exact: true }).click();
      await expect(app.signInDialog()).toBeVisible();
      await keepScreenshot(page, `dialog-sign-on-${lang}-${size.name}`);
      await page.keyboard.press('Escape');
      await expect(app.signInDialog()).toBeHidden();
    }
  });
}
