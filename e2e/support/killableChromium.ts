import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { chromiumArgs, chromiumExecutable } from './chromium';

/** A Chromium the spec started itself, on a profile of its own, that it can kill as a power cut would. */
export interface KillableChromium {
  readonly pid: number;
  readonly browser: Browser;
  readonly context: BrowserContext;
  readonly page: Page;
  /** SIGKILLs the browser and every process it started, and resolves once none is left. */
  kill(): Promise<void>;
}

/** How long Chromium may take to say where its DevTools listen, on a busy two-core machine. */
const START_LIMIT_MS = 30_000;
/** How long the killed processes may take to be gone before the kill counts as failed. */
const GONE_LIMIT_MS = 10_000;

/**
 * Starts Chromium as a child of this process, detached in a process group of its own, so
 * its pid is known and the whole group (browser, GPU, renderers, utilities) dies in one
 * SIGKILL with nothing flushed and nothing closed. Playwright's own launch owns the process
 * and closes it politely; a hard kill needs the process in hand, so the spec connects over
 * CDP instead.
 */
export async function launchKillable(
  profile: string,
  options: { size?: { width: number; height: number }; timeZone?: string } = {},
): Promise<KillableChromium> {
  const executable = chromiumExecutable();
  if (!executable) throw new Error('no Chromium: set CHROMIUM_PATH');
  const { width, height } = options.size ?? { width: 1366, height: 768 };
  const child = spawn(
    executable,
    [
      ...chromiumArgs,
      '--headless=new',
      `--user-data-dir=${profile}`,
      '--remote-debugging-port=0',
      `--window-size=${width},${height}`,
      '--lang=zh-CN',
      '--no-default-browser-check',
      // A killed profile is an unclean exit; the next start must not stop to offer a restore.
      '--hide-crash-restore-bubble',
      'about:blank',
    ],
    {
      detached: true,
      stdio: ['ignore', 'ignore', 'pipe'],
      env: { ...process.env, TZ: options.timeZone ?? 'Asia/Shanghai' },
    },
  );
  const { pid } = child;
  if (pid === undefined) throw new Error('Chromium did not start');
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  started.set(pid, exited);
  try {
    const wsUrl = await devToolsUrl(child);
    const browser = await chromium.connectOverCDP(wsUrl);
    const context = browser.contexts()[0] ?? (await browser.newContext());
    const page = context.pages()[0] ?? (await context.newPage());
    return {
      pid,
      browser,
      context,
      page,
      kill: () => killGroup(pid, exited, browser),
    };
  } catch (error) {
    await killGroup(pid, exited, null);
    throw error;
  }
}

/** Reads Chromium's stderr until it names its DevTools endpoint; keeps draining it after, so a full pipe never stalls the browser. */
function devToolsUrl(child: ChildProcess): Promise<string> {
  const stderr = child.stderr;
  if (!stderr) return Promise.reject(new Error('no stderr from Chromium'));
  return new Promise((resolve, reject) => {
    let seen = '';
    const timer = setTimeout(() => fail(new Error(`Chromium named no DevTools endpoint:\n${seen}`)), START_LIMIT_MS);
    const onData = (chunk: Buffer) => {
      if (seen.length < 20_000) seen += chunk.toString('utf8');
      const found = /DevTools listening on (ws:\/\/\S+)/.exec(seen);
      if (found?.[1]) done(found[1]);
    };
    const onExit = (code: number | null) => fail(new Error(`Chromium exited (${code}) before listening:\n${seen}`));
    const cleanUp = () => {
      clearTimeout(timer);
      child.off('exit', onExit);
    };
    const done = (url: string) => {
      cleanUp();
      resolve(url);
    };
    const fail = (error: Error) => {
      cleanUp();
      reject(error);
    };
    stderr.on('data', onData);
    child.once('exit', onExit);
  });
}

/**
 * Every Chromium started here and not yet killed, by pid. Detached in groups of their own,
 * they would outlive the test worker that failed or timed out while one was starting.
 */
const started = new Map<number, Promise<void>>();

/** Kills whatever launchKillable started and has not been killed: for a spec's afterAll, pass or fail. */
export async function killAllLaunched(): Promise<void> {
  await Promise.all([...started].map(([pid, exited]) => killGroup(pid, exited, null)));
}

async function killGroup(pid: number, exited: Promise<void>, browser: Browser | null): Promise<void> {
  started.delete(pid);
  try {
    // Everything stops at once, as in a power cut: stopped first, no process of the group can
    // see another die and react (a browser process writing down a dead storage peer), then killed.
    process.kill(-pid, 'SIGSTOP');
    process.kill(-pid, 'SIGKILL');
  } catch (error) {
    // Already gone (ESRCH): nothing to kill.
    if (!(error instanceof Error && 'code' in error && error.code === 'ESRCH')) throw error;
  }
  await exited;
  if (browser?.isConnected()) await new Promise<void>((resolve) => browser.once('disconnected', () => resolve()));
  await groupGone(pid);
}

/**
 * Waits until no live process is left in the group. Killed processes whose parent died
 * first are reparented to init, which may be slow to reap them (or, in a container,
 * never): a zombie has let go of every file, so it counts as gone.
 */
async function groupGone(pgid: number): Promise<void> {
  const deadline = Date.now() + GONE_LIMIT_MS;
  for (;;) {
    const alive = liveMembers(pgid);
    if (alive.length === 0) return;
    if (Date.now() > deadline) throw new Error(`processes of the killed Chromium still alive: ${alive.join(', ')}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Pids of the group's processes that are not zombies, from /proc (Linux). */
function liveMembers(pgid: number): number[] {
  let entries: string[];
  try {
    entries = readdirSync('/proc');
  } catch {
    return [];
  }
  const alive: number[] = [];
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
    } catch {
      continue;
    }
    // "pid (comm) state ppid pgrp …": comm may hold spaces and brackets, so read after its last ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const [state, , pgrp] = fields;
    if (Number(pgrp) === pgid && state !== 'Z' && state !== 'X') alive.push(Number(entry));
  }
  return alive;
}
