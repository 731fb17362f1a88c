import type { Locator, Page } from '@playwright/test';

export type XY = { x: number; y: number };

/** The centre of an element on screen. */
export async function centre(l: Locator): Promise<XY> {
  const box = await l.boundingBox();
  if (!box) throw new Error('not on screen');
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** Drags with the mouse, in small steps, as a person would. */
export async function drag(page: Page, from: XY, by: XY): Promise<void> {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x + by.x, from.y + by.y, { steps: 8 });
  await page.mouse.up();
}

/** A point on the map by its fraction across and down the map's box on screen. */
export async function mapSpots(page: Page): Promise<(fx: number, fy: number) => XY> {
  const box = await page.getByTestId('site-map').boundingBox();
  if (!box) throw new Error('no map');
  return (fx, fy) => ({ x: box.x + box.width * fx, y: box.y + box.height * fy });
}
