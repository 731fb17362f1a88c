import { chromium } from '@playwright/test';
import { serveStatic } from './serve';
import { resolve } from 'node:path';

const server = await serveStatic({ app: resolve('/work/main/dist/renderer') });
const browser = await chromium.launch({ executablePath: '/usr/lib/chromium/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
const route = process.argv[2] ?? '/';
// seed + sign in
{
  const p = await context.newPage();
  await p.goto(`${server.origin}/app/`);
  await p.getByRole('textbox').fill('陈静');
  await p.getByRole('button', { name: '开始值班' }).click();
  await p.waitForTimeout(1500);
  await p.close();
}
for (let i = 0; i < 3; i++) { const p = await context.newPage(); await p.goto(`${server.origin}/app/#${route}`); await p.waitForTimeout(1500); await p.close(); }
const page = await context.newPage();
const cdp = await context.newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
await cdp.send('Profiler.start');
await page.goto(`${server.origin}/app/#${route}`);
await page.waitForFunction(() => performance.getEntriesByName(location.hash.startsWith('#/map') ? 'cordon:map-ready' : 'cordon:ready').length > 0 || document.querySelectorAll('main [data-screen="/map"] .entrance-marker').length >= 6, null, { polling: 5 });
const marks = await page.evaluate(() => performance.getEntriesByType('mark').map((m) => `${m.name}@${m.startTime.toFixed(0)}`).join(' '));
const { profile } = await cdp.send('Profiler.stop');
console.log(marks);
// self time by url and by function
const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
const self = new Map<number, number>();
const dt = profile.timeDeltas ?? [];
profile.samples?.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (dt[i] ?? 0)));
const byUrl = new Map<string, number>(); const byFn = new Map<string, number>();
for (const [id, us] of self) {
  const n = nodes.get(id); if (!n) continue;
  const url = n.callFrame.url.replace(/.*\//, '') || `(${n.callFrame.functionName || 'native'})`;
  byUrl.set(url, (byUrl.get(url) ?? 0) + us);
  const fn = `${n.callFrame.functionName || '(anon)'} ${url}:${n.callFrame.lineNumber}:${n.callFrame.columnNumber}`;
  byFn.set(fn, (byFn.get(fn) ?? 0) + us);
}
const top = (m: Map<string, number>, k: number) => [...m].sort((a, b) => b[1] - a[1]).slice(0, k).map(([n, us]) => `${(us / 1000).toFixed(1)}ms ${n}`).join('\n');
console.log('--- by url\n' + top(byUrl, 15));
console.log('--- by fn\n' + top(byFn, 25));
await browser.close();
await server.close();
