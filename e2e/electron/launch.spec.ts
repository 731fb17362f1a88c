import { CordonApp } from '../pages/CordonApp';
import { expect, launchCordon, openedWindow, test } from './fixtures';

test('opens one window titled Cordon on app://cordon', async ({ electronApp, appWindow }) => {
  const windows = await electronApp.evaluate(({ BrowserWindow }) =>
    BrowserWindow.getAllWindows().map((w) => ({ title: w.getTitle(), visible: w.isVisible() })),
  );
  expect(windows).toHaveLength(1);
  expect(windows[0]?.title).toBe('Cordon');
  expect(appWindow.url()).toMatch(/^app:\/\/cordon\/index\.html/);
  expect(await appWindow.evaluate(() => window.location.origin)).toBe('app://cordon');
});

test('shows the demo site: the app ran under the production CSP', async ({ appWindow }) => {
  await expect(appWindow.getByRole('heading', { name: /香樟苑/ }).first()).toBeVisible();
});

test('keeps IndexedDB across restarts (the origin is stable)', async ({ electronApp, appWindow, userDataDir }) => {
  await appWindow.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('cordon-e2e-probe', 1);
        request.onupgradeneeded = () => request.result.createObjectStore('kv');
        request.onerror = () => reject(new Error(String(request.error)));
        request.onsuccess = () => {
          const tx = request.result.transaction('kv', 'readwrite', { durability: 'strict' });
          tx.objectStore('kv').put('still here', 'probe');
          tx.oncomplete = () => {
            request.result.close();
            resolve();
          };
          tx.onerror = () => reject(new Error(String(tx.error)));
        };
      }),
  );
  await electronApp.close();

  const again = await launchCordon(userDataDir);
  try {
    const page = await openedWindow(again);
    const value = await page.evaluate(
      () =>
        new Promise<unknown>((resolve, reject) => {
          const request = indexedDB.open('cordon-e2e-probe', 1);
          request.onerror = () => reject(new Error(String(request.error)));
          request.onsuccess = () => {
            const get = request.result.transaction('kv').objectStore('kv').get('probe');
            get.onsuccess = () => resolve(get.result);
            get.onerror = () => reject(new Error(String(get.error)));
          };
        }),
    );
    expect(value).toBe('still here');
  } finally {
    await again.close();
  }
});

test('an entrance state changed in the window is still there after the app restarts', async ({
  electronApp,
  appWindow,
  userDataDir,
}) => {
  let app = new CordonApp(appWindow);
  await app.signInAs('李建国');
  await app.waitReady();
  await app.changeEntranceState('沿街门洞3', '管控开放', '救护车');
  await expect(app.entranceTile('沿街门洞3').getByTestId('entrance-state')).toHaveText('管控开放');
  await electronApp.close();

  const again = await launchCordon(userDataDir);
  try {
    app = new CordonApp(await openedWindow(again));
    await app.signInDialog().getByRole('button', { name: '继续值班：李建国' }).click();
    await app.waitReady();
    await expect(app.entranceTile('沿街门洞3').getByTestId('entrance-state')).toHaveText('管控开放');
  } finally {
    await again.close();
  }
});
