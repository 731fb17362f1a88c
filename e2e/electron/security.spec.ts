import { CONTENT_SECURITY_POLICY } from '../../electron/csp';
import { NAVIGATION_GUARD_GLOBAL, type NavigationGuard } from '../../electron/navigationGuard';
import { expect, test } from './fixtures';

test('the window runs isolated and sandboxed, without Node', async ({ electronApp, appWindow }) => {
  await appWindow.waitForLoadState('load');
  const prefs = await electronApp.evaluate(({ BrowserWindow }) => {
    // getLastWebPreferences is real at run time but missing from Electron's typings.
    const contents = BrowserWindow.getAllWindows()[0]?.webContents as unknown as
      { getLastWebPreferences?: () => Record<string, unknown> | null } | undefined;
    const p = contents?.getLastWebPreferences?.() ?? null;
    return p
      ? {
          contextIsolation: p.contextIsolation,
          sandbox: p.sandbox,
          nodeIntegration: p.nodeIntegration,
          webSecurity: p.webSecurity,
        }
      : null;
  });
  expect(prefs).toEqual({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true });
});

test('the page cannot open windows', async ({ electronApp, appWindow }) => {
  expect(await appWindow.evaluate(() => window.open('https://example.com/') === null)).toBe(true);
  expect(await appWindow.evaluate(() => window.open('app://cordon/index.html') === null)).toBe(true);
  expect(await electronApp.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1);
});

test('the page cannot navigate away from the app', async ({ electronApp, appWindow }) => {
  await appWindow.waitForLoadState('load');
  const before = appWindow.url();
  await appWindow.evaluate(() => {
    window.location.href = 'https://example.com/';
  });
  // A prevented navigation leaves no event in the page, so the spec waits on main's
  // record of it. Recorded and the window no longer loading: prevented, not merely not
  // yet committed (one that went ahead would still be loading, then show another URL).
  const guardState = () =>
    electronApp.evaluate(({ BrowserWindow }, key) => {
      const guard = (globalThis as unknown as Record<string, Pick<NavigationGuard, 'blocked'> | undefined>)[key];
      return {
        blocked: guard?.blocked() ?? null,
        loading: BrowserWindow.getAllWindows()[0]?.webContents.isLoading() ?? null,
      };
    }, NAVIGATION_GUARD_GLOBAL);
  await expect
    .poll(guardState)
    .toEqual({ blocked: [{ url: 'https://example.com/', by: 'will-navigate' }], loading: false });
  expect(appWindow.url()).toBe(before);
  expect(
    await electronApp.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.webContents.getURL()),
  ).toBe(before);
});

test('HTML is served with the strict CSP, and inline scripts do not run', async ({ appWindow }) => {
  const header = await appWindow.evaluate(async () => {
    const response = await fetch('app://cordon/index.html');
    return {
      status: response.status,
      csp: response.headers.get('content-security-policy'),
      type: response.headers.get('content-type'),
    };
  });
  expect(header).toEqual({ status: 200, csp: CONTENT_SECURITY_POLICY, type: 'text/html; charset=utf-8' });

  // An inline script that is allowed runs as it is appended; one the policy refuses
  // raises a violation event instead. Either answers at once, with no time to wait out.
  const inline = await appWindow.evaluate(
    () =>
      new Promise<{ ran: boolean; directive: string | null; blocked: string | null }>((resolve) => {
        const ran = () => (window as unknown as Record<string, unknown>)['__cordonInlineRan'] === true;
        document.addEventListener(
          'securitypolicyviolation',
          (event) => resolve({ ran: ran(), directive: event.effectiveDirective, blocked: event.blockedURI }),
          { once: true },
        );
        const script = document.createElement('script');
        script.textContent = 'window.__cordonInlineRan = true';
        document.head.append(script);
        if (ran()) resolve({ ran: true, directive: null, blocked: null });
      }),
  );
  expect(inline).toEqual({ ran: false, directive: 'script-src-elem', blocked: 'inline' });
});

test('the app scheme serves nothing outside the renderer folder', async ({ electronApp, appWindow }) => {
  // Chromium resolves `..` and `%2e%2e` segments before the protocol handler sees the
  // URL, so those cases never test the guard. An encoded slash or backslash keeps the
  // dots inside one segment, which reaches the handler as written and must be refused
  // there (403), even where the `..` would stay inside the renderer folder.
  const refused = [
    'app://cordon/..%2f..%2f..%2fetc%2fpasswd',
    'app://cordon/%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd',
    'app://cordon/..%2f..%2fpackage.json',
    'app://cordon/..%5c..%5cpackage.json',
    'app://cordon/..%2felectron%2fmain.js',
    'app://cordon/assets%2f..%2findex.html',
  ];
  // What Chromium normalises lands inside the folder, where no such file exists.
  const normalised = [
    'app://cordon/../../etc/passwd',
    'app://cordon/%2e%2e/%2e%2e/%2e%2e/etc/passwd',
    'app://cordon/../electron/main.js',
  ];
  const answers = await appWindow.evaluate(
    async (urls) =>
      Promise.all(
        urls.map(async (url) => {
          const response = await fetch(url);
          return { url, status: response.status, body: await response.text() };
        }),
      ),
    [...refused, ...normalised],
  );
  expect(answers).toEqual([
    ...refused.map((url) => ({ url, status: 403, body: 'Forbidden' })),
    ...normalised.map((url) => ({ url, status: 404, body: 'Not found' })),
  ]);

  const otherHost = await electronApp.evaluate(
    async ({ net }) => (await net.fetch('app://elsewhere/index.html')).status,
  );
  expect(otherHost).toBe(404);
});
