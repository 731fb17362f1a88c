import { existsSync } from 'node:fs';

/**
 * Which Chromium the tests drive: CHROMIUM_PATH, else Debian's, else Playwright's own
 * (on a developer's machine that has run `npx playwright install`).
 */
export function chromiumExecutable(): string | undefined {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return fromEnv;
  // The Debian wrapper script prints a harmless shell warning; the real binary does not.
  for (const candidate of ['/usr/lib/chromium/chromium', '/usr/bin/chromium']) {
    if (existsSync(candidate)) return candidate;
  }
  return undefined;
}

/** Without these, Chromium keeps dialling out to Google's services at every start. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-dev-shm-usage',
];
