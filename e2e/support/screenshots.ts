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
