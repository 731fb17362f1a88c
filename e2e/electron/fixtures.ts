import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { test as base, _electron as electron, type ElectronApplication, type Page } from '@playwright/test';
import type { CordonBridge } from '../../shared/bridge/contract';
import { findElectronBinary } from '../../build/electronBinary.mjs';

export { expect } from '@playwright/test';

export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

// Looked up without requiring 'electron', which would try to download the binary.
const electronBinary = findElectronBinary({ root: repoRoot });
export const NO_ELECTRON = 'skipped: no Electron binary';

/** What `npm run build` makes and the specs launch: the shell, its preload and the renderer it serves. */
export const BUILT_APP_FILES = ['dist/electron/main.js', 'dist/electron/preload.cjs', 'dist/renderer/index.html'];

/**
 * Why the app built under `root` cannot be launched, or null when it can. Electron
 * given a folder without its main script does not start the app, and Playwright then
 * reports a failed or timed-out launch that does not say the build is missing.
 */
export function missingBuild(root: string): string | null {
  const missing = BUILT_APP_FILES.filter((file) => !existsSync(path.join(root, file)));
  if (missing.length === 0) return null;
  return `the Electron specs launch the built app, and ${missing.join(', ')} ${missing.length === 1 ? 'is' : 'are'} missing: run \`npm run build\` first (\`npm test\` does)`;
}

/** How specs reach the bridge inside page.evaluate (the renderer's global types are not in scope here). */
export type BridgeWindow = Window & { cordon: CordonBridge };

/** Starts the built app (npm run build) on its own user-data folder; fails at once, saying why, if it is not built. */
export async function launchCordon(userDataDir: string): Promise<ElectronApplication> {
  if (electronBinary === null) throw new Error(NO_ELECTRON);
  const unbuilt = missingBuild(repoRoot);
  if (unbuilt !== null) throw new Error(unbuilt);
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (value !== undefined && key !== 'ELECTRON_RUN_AS_NODE') env[key] = value;
  }
  return electron.launch({
    executablePath: electronBinary,
    // The project folder, as `npm start` does: Electron reads package.json (name,
    // version, main) from it, as the packaged app will.
    args: [repoRoot, `--user-data-dir=${userDataDir}`],
    cwd: repoRoot,
    env,
  });
}

export async function openedWindow(app: ElectronApplication): Promise<Page> {
  const page = await app.firstWindow();
  await page.waitForLoadState('domcontentloaded');
  return page;
}

interface ElectronFixtures {
  skipWithoutElectron: undefined;
  /** A fresh, empty user-data folder per test: no test sees another's IndexedDB. */
  userDataDir: string;
  electronApp: ElectronApplication;
  appWindow: Page;
}

export const test = base.extend<ElectronFixtures>({
  skipWithoutElectron: [
    async ({}, use, testInfo) => {
      testInfo.skip(electronBinary === null, NO_ELECTRON);
      await use(undefined);
    },
    { auto: true },
  ],

  userDataDir: async ({}, use) => {
    const dir = await mkdtemp(path.join(tmpdir(), 'cordon-e2e-'));
    await use(dir);
    await rm(dir, { recursive: true, force: true });
  },
  electronApp: async ({ userDataDir }, use) => {
    const app = await launchCordon(userDataDir);
    await use(app);
    await app.close();
  },
  appWindow: async ({ electronApp }, use) => {
    await use(await openedWindow(electronApp));
  },
});
