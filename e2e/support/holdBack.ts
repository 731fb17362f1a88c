import type { Page } from '@playwright/test';

/**
 * Holds back the files matching `glob` until the returned function is called, as on a
 * slow laptop: for checking what a screen does while its code is still on its way.
 */
export async function holdBack(page: Page, glob: string): Promise<() => void> {
  let release = () => {};
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route(glob, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}
