import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumExecutable } from '../support/chromium';
import { serveStatic } from './serve';
import { markTime, domContentLoaded } from './measure';

const server = await serveStatic({ app: '/work/main/dist/renderer', bare: '/work/main/dist/bench-bare' });
const exe = chromiumExecutable();
const browser = await chromium.launch({ ...(exe ? { executablePath: exe } : {}), args: chromiumArgs });
for (const [name, url, mark] of [['app', `${server.origin}/app/index.html#/`, 'cordon:ready'], ['bare', `${server.origin}/bare/index.html`, 'bare:ready']] as const) {
  const ctx = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
  let page = await ctx.newPage();
  await page.goto(url); await markTime(page, mark, 60000);
  const rel: string[] = [], np: string[] = [], npPause: string[] = [];
  for (let i = 0; i < 5; i++) { await page.reload(); rel.push(`${(await markTime(page, mark, 60000)).toFixed(0)}/${(await domContentLoaded(page)).toFixed(0)}`); }
  for (let i = 0; i < 5; i++) { await page.close(); page = await ctx.newPage(); await page.goto(url); np.push(`${(await markTime(page, mark, 60000)).toFixed(0)}/${(await domContentLoaded(page)).toFixed(0)}`); }
  for (let i = 0; i < 5; i++) { await page.close(); await new Promise((r) => setTimeout(r, 1000)); page = await ctx.newPage(); await new Promise((r) => setTimeout(r, 500)); await page.goto(url); npPause.push(`${(await markTime(page, mark, 60000)).toFixed(0)}/${(await domContentLoaded(page)).toFixed(0)}`); }
  console.log(name, 'reload', rel.join(' '), '| newpage', np.join(' '), '| newpage+pause', npPause.join(' '));
  await ctx.close();
}
await browser.close(); await server.close();
