import { expect, test, type Locator, type Page } from '@playwright/test';
import { CordonApp } from '../pages/CordonApp';
import { centre, drag, mapSpots, type XY } from '../support/mapGestures';
import { keepScreenshot } from '../support/screenshots';

/** Where a marker sits against doorway 1, rounded: unchanged by how the map is fitted or panned. */
async function place(page: Page, l: Locator): Promise<string> {
  // The editor redraws a line's handles after each save: a moment with none is "not there yet", for the poll to retry.
  const [p, q] = [await l.boundingBox(), await page.locator('.entrance-marker[title^="1号 "]').boundingBox()];
  if (!p || !q) return 'not on screen';
  return `${Math.round(p.x + p.width / 2 - q.x - q.width / 2)},${Math.round(p.y + p.height / 2 - q.y - q.height / 2)}`;
}

const shifted = (at: string, by: XY) => {
  const [x, y] = at.split(',').map(Number);
  return `${(x ?? 0) + by.x},${(y ?? 0) + by.y}`;
};

/** Within a pixel either way of the expected place, as mouse drags land on whole pixels. */
const near = (expected: string) => async (l: () => Promise<string>) => {
  const [ex, ey] = expected.split(',').map(Number);
  const [x, y] = (await l()).split(',').map(Number);
  if (x === undefined || y === undefined || Number.isNaN(x) || Number.isNaN(y)) return false;
  return Math.abs((x ?? 0) - (ex ?? 0)) <= 1 && Math.abs((y ?? 0) - (ey ?? 0)) <= 1;
};

test('in edit mode a post, a checkpoint and a camera are dragged; each stays where it was put after a reload', async ({
  page,
}) => {
  const app = new CordonApp(page);
  await app.openMap();
  await page.getByRole('button', { name: '编辑', exact: true }).click();
  const post = page.locator('.post-marker[title^="岗位 门洞2岗"]');
  const checkpoint = page.locator('.checkpoint-marker').filter({ hasText: /^3$/ });
  const camera = page.locator('.work-marker[title*="摄像头"]');
  const moves: [Locator, XY][] = [
    [post, { x: 30, y: -40 }],
    [checkpoint, { x: -50, y: 30 }],
    [camera, { x: -40, y: 50 }],
  ];
  const targets: string[] = [];
  for (const [marker, by] of moves) {
    await expect(marker).toBeVisible();
    const target = shifted(await place(page, marker), by);
    targets.push(target);
    await drag(page, await centre(marker), by);
    await expect.poll(() => near(target)(() => place(page, marker))).toBe(true);
  }
  await keepScreenshot(page, 'map-edit-moved-zh');

  await page.reload();
  await app.continueAs('陈静');
  await app.goTo('地图');
  // The same layout as when they were dragged: edit mode on, nothing selected.
  await page.getByRole('button', { name: '编辑', exact: true }).click();
  for (const [i, [marker]] of moves.entries()) {
    await expect.poll(() => near(targets[i] ?? '')(() => place(page, marker))).toBe(true);
  }
  await expect(await app.auditRows('门洞2岗', '位置')).toHaveCount(1);
  // Each move is one audited change of place: post, checkpoint, camera.
  const n = String.raw`[\d.]+`;
  const coords = `\\(${n}, ${n}\\)`;
  await expect(page.getByTestId('audit-row').filter({ hasText: new RegExp(`位置 ${coords} → ${coords}`) })).toHaveCount(
    3,
  );
});

test('a selected line is reshaped by dragging a vertex; the new shape is kept after a reload', async ({ page }) => {
  const app = new CordonApp(page);
  await app.openMap();
  await page.keyboard.press('e');
  const at = await mapSpots(page);

  // A two-point guard rail, then selected: its vertices are handles.
  await page.getByRole('button', { name: '画线' }).click();
  const [a, b] = [at(0.45, 0.3), at(0.62, 0.3)];
  await page.mouse.click(a.x, a.y);
  await page.mouse.dblclick(b.x, b.y);
  const panel = page.getByTestId('work-panel').getByRole('heading', { name: '护栏' });
  await expect(async () => {
    await page.mouse.click((a.x + b.x) / 2, a.y);
    await expect(panel).toBeVisible({ timeout: 1000 });
  }).toPass();
  const vertices = page.locator('.leaflet-marker-icon.marker-icon:not(.marker-icon-middle)');
  await expect(vertices).toHaveCount(2);
  const end = vertices.nth(1);
  const before = await place(page, end);
  await drag(page, await centre(end), { x: 0, y: 60 });
  const target = shifted(before, { x: 0, y: 60 });
  await expect.poll(() => near(target)(() => place(page, end))).toBe(true);
  await keepScreenshot(page, 'map-edit-reshaped-zh');

  await page.reload();
  await app.continueAs('陈静');
  await app.goTo('地图');
  await page.keyboard.press('e');
  await expect(page.getByRole('button', { name: '编辑中 · 点击退出' })).toBeVisible();
  // The rail now runs from a down to the dragged end: select it a quarter of the way along.
  const moved = { x: b.x, y: b.y + 60 };
  await expect(async () => {
    await page.mouse.click(a.x + (moved.x - a.x) / 4, a.y + (moved.y - a.y) / 4);
    await expect(panel).toBeVisible({ timeout: 1000 });
  }).toPass();
  await expect.poll(() => near(target)(() => place(page, end))).toBe(true);
  // Named by its kind (it has no label), the change in plan coordinates: the first point stays, the end moved down.
  const row = await app.auditRows('护栏', '修改');
  await expect(row).toHaveCount(1);
  await expect(row).toContainText(/形状与位置 \([\d.]+, ([\d.]+)\)–\([\d.]+, \1\) → \([\d.]+, \1\)–\([\d.]+, [\d.]+\)/);
});
