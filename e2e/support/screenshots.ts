import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';

/** Screenshots the specs keep for people to look at: e2e/.artifacts/screenshots/. */
export const screenshotDir = join(dirname(fileURLToPath(import.meta.url)), '..', '.artifacts', 'screenshots');

export async function keepScreenshot(page: Page, name: string): Promise<string> {
  mkdirSync(screenshotDir, { recursive: true });
  const path = join(screenshotDir, `${name}.png`);
  await page.screenshot({ path, fullPage: false });
  return path;
}

/**
 * The sizes a screen is pictured at in a theme: every size in the light theme, the wall
 * size alone in the dark one. Overflow depends on the size, not the theme, so the dark
 * pictures are for looking at colours, and one size shows them; the suite stays within
 * CI's time.
 */
export function sizesFor<S extends { name: string }>(theme: 'light' | 'dark', sizes: readonly S[]): readonly S[] {
  return theme === 'light' ? sizes : sizes.filter((s) => s.name === '1920');
}
