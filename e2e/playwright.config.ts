import { defineConfig, devices } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { findElectronBinary } from '../build/electronBinary.mjs';
import { chromiumArgs, chromiumExecutable } from './support/chromium';

const executablePath = chromiumExecutable();
// Another port lets two checkouts run their specs side by side (PREVIEW_PORT=4174 …).
export const PREVIEW_PORT = Number(process.env.PREVIEW_PORT ?? 4173);

// Said once, by the runner (not by every worker), so the reason is in the test output.
if (
  process.env.TEST_WORKER_INDEX === undefined &&
  findElectronBinary({ root: fileURLToPath(new URL('..', import.meta.url)) }) === null
) {
  console.log(
    'electron specs: skipped: no Electron binary (install one with `npm start` on a machine with internet access)',
  );
}

/**
 * Web specs run the built renderer (dist/renderer, served by `vite preview`) in Chromium
 * with real IndexedDB. Electron specs launch the app where an Electron binary exists
 * and report themselves skipped where none does.
 */
export default defineConfig({
  testDir: '.',
  outputDir: '../test-results',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PREVIEW_PORT}/`,
    // A failure keeps its trace of DOM snapshots; the screencast is left out: encoding its
    // frames cost about a quarter of the suite's time on a two-core machine.
    trace: { mode: 'retain-on-failure', screenshots: false, snapshots: true, sources: true },
    screenshot: 'only-on-failure',
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
  },
  projects: [
    {
      name: 'web',
      testDir: './web',
      use: {
        ...devices['Desktop Chrome'],
        viewport: { width: 1366, height: 768 },
        launchOptions: { ...(executablePath ? { executablePath } : {}), args: chromiumArgs },
      },
    },
    { name: 'electron', testDir: './electron' },
  ],
  webServer: {
    command: `npx vite preview --port ${PREVIEW_PORT} --strictPort --host 127.0.0.1`,
    cwd: '..',
    url: `http://127.0.0.1:${PREVIEW_PORT}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
