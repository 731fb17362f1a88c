import { execFileSync } from 'node:child_process';
import { mkdir, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { ElectronApplication, Page } from '@playwright/test';
import type { PrintSheetRequest } from '../../shared/bridge/contract';
import { expect, test, type BridgeWindow } from './fixtures';

// `shift=current` asks the shift sheet for the shift running now on the demo site,
// whatever the time the spec runs at.
const ROUTE = '/print/shift?shift=current';
const FILE_NAME = 'shift_2026-11-28_E2E-0001.pdf';

/** The site the app opened on, read from the store as the app keeps it (settings.activeSiteId). */
async function activeSiteId(page: Page): Promise<string> {
  await expect(page.getByRole('heading', { name: /香樟苑/ }).first()).toBeVisible();
  const id = await page.evaluate(
    () =>
      new Promise<unknown>((resolve, reject) => {
        const open = indexedDB.open('cordon');
        open.onerror = () => reject(new Error('cannot open the store'));
        open.onsuccess = () => {
          const get = open.result.transaction('settings').objectStore('settings').get('activeSiteId');
          get.onsuccess = () => {
            open.result.close();
            resolve((get.result as { value?: unknown } | undefined)?.value);
          };
          get.onerror = () => reject(new Error('cannot read the settings'));
        };
      }),
  );
  if (typeof id !== 'string') throw new Error('the store has no active site');
  return id;
}

/** Main's save dialog answers with these paths, one per call, or is cancelled once they run out. */
async function stubSaveDialog(app: ElectronApplication, paths: string[]): Promise<void> {
  await app.evaluate(({ dialog }, answers) => {
    const queue = [...answers];
    dialog.showSaveDialog = async () => {
      const filePath = queue.shift();
      return filePath === undefined ? { canceled: true, filePath: '' } : { canceled: false, filePath };
    };
  }, paths);
}

function printSheet(page: Page, request: PrintSheetRequest) {
  return page.evaluate((r) => (window as unknown as BridgeWindow).cordon.printSheet(r), request);
}

function listSheets(page: Page, siteId: string) {
  return page.evaluate((id) => (window as unknown as BridgeWindow).cordon.listSheets(id), siteId);
}

async function expectOnlyTheOperatorWindow(app: ElectronApplication): Promise<void> {
  await expect.poll(() => app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1);
  await expect.poll(() => app.windows().length).toBe(1);
}

test('prints the running shift to a PDF, keeps a copy of each print and closes its window', async ({
  electronApp,
  appWindow,
  userDataDir,
}) => {
  const siteId = await activeSiteId(appWindow);
  // Where the user "chooses" to save: this test's own output folder, which Playwright keeps apart.
  const outDir = test.info().outputPath('saved');
  await mkdir(outDir, { recursive: true });
  const saved = [path.join(outDir, '交班单-1.pdf'), path.join(outDir, '交班单-2.pdf')];
  await stubSaveDialog(electronApp, saved);
  const request: PrintSheetRequest = { route: ROUTE, fileName: FILE_NAME, siteId, output: 'pdf' };

  expect(await printSheet(appWindow, request)).toEqual({ done: true, savedTo: saved[0], archivedAs: FILE_NAME });
  const first = saved[0] ?? '';
  expect((await readFile(first)).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  expect(execFileSync('pdftotext', ['-enc', 'UTF-8', first, '-'], { encoding: 'utf8' })).toContain('香樟苑');
  await expectOnlyTheOperatorWindow(electronApp);

  const archive = path.join(userDataDir, 'sheets', siteId);
  const keptFirst = await readFile(path.join(archive, FILE_NAME));
  expect(keptFirst.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  expect((await listSheets(appWindow, siteId)).map((s) => [s.name, s.kind])).toEqual([[FILE_NAME, 'shift']]);

  // The same name again: a second sheet beside the first, which is left as it was.
  const secondName = 'shift_2026-11-28_E2E-0001 (2).pdf';
  expect(await printSheet(appWindow, request)).toEqual({ done: true, savedTo: saved[1], archivedAs: secondName });
  expect((await readdir(archive)).sort()).toEqual([FILE_NAME, secondName].sort());
  expect((await readFile(path.join(archive, FILE_NAME))).equals(keptFirst)).toBe(true);
  expect((await listSheets(appWindow, siteId)).map((s) => s.name).sort()).toEqual([FILE_NAME, secondName].sort());
  await expectOnlyTheOperatorWindow(electronApp);
});

test('keeps the archive copy of a sheet whose save was cancelled', async ({ electronApp, appWindow }) => {
  const siteId = await activeSiteId(appWindow);
  await stubSaveDialog(electronApp, []);
  expect(await printSheet(appWindow, { route: ROUTE, fileName: FILE_NAME, siteId, output: 'pdf' })).toEqual({
    done: false,
    reason: 'cancelled',
    message: 'the save was cancelled',
  });
  expect((await listSheets(appWindow, siteId)).map((s) => s.name)).toEqual([FILE_NAME]);
  await expectOnlyTheOperatorWindow(electronApp);
});

test('answers a stray sheetReady, lists no sheets before the first, opens only a listed one', async ({ appWindow }) => {
  const siteId = await activeSiteId(appWindow);
  const answers = await appWindow.evaluate(async (id) => {
    const bridge = (window as unknown as BridgeWindow).cordon;
    return {
      ready: await bridge.sheetReady(),
      listed: await bridge.listSheets(id),
      opened: await bridge.openSheet({ siteId: id, name: 'shift_2026-11-28_none.pdf' }),
    };
  }, siteId);
  expect(answers).toEqual({ ready: { ok: true }, listed: [], opened: { opened: false } });
});

test('refuses print requests outside the contract in main', async ({ appWindow }) => {
  const good = { route: ROUTE, fileName: FILE_NAME, siteId: 'site-1', output: 'pdf' };
  const bad = [
    { ...good, route: '/settings' },
    { ...good, route: '/print/shift#/settings' },
    { ...good, fileName: '../shift_2026-11-28_X.pdf' },
    { ...good, fileName: 'shift.txt' },
    { ...good, siteId: '..' },
    { ...good, output: 'fax' },
  ];
  const outcomes = await appWindow.evaluate(async (requests) => {
    const bridge = (window as unknown as { cordon: Record<string, (...args: unknown[]) => Promise<unknown>> }).cordon;
    return Promise.all(
      requests.map(async (r) => {
        try {
          await bridge['printSheet']?.(r);
          return 'resolved';
        } catch (error) {
          return error instanceof Error ? error.message : String(error);
        }
      }),
    );
  }, bad);
  for (const outcome of outcomes) expect(outcome).toMatch(/invalid arguments for printSheet/);
  expect(outcomes).toHaveLength(bad.length);
});
