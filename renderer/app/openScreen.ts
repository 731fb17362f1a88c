import type { Services } from '../services/ServicesContext';
import { session } from '../db/queries/session';
import type { ScreenComponent, ScreenDef } from './screens';

/** Longest a screen waits for its first read before it shows and fills in live. */
export const READ_WAIT_MS = 1000;

const floorMinute = (ms: number) => Math.floor(ms / 60_000) * 60_000;

/**
 * Gets a route's screen (its entry in app/screens.ts) ready to replace the current one: starts the queries it reads
 * first and loads its code, side by side. Resolves with the screen once its code is there
 * and its queries have answered (or after READ_WAIT_MS: a slow store does not hold the
 * operator up, the screen fills in as its queries answer). Resolves with null at once when
 * `signal` aborts (the operator has gone on to another screen). Code that fails to load
 * resolves to a screen that says so (ScreenErrorBoundary), never to a rejection.
 */
export async function openScreen(
  { live, clock }: Pick<Services, 'live' | 'clock'>,
  def: ScreenDef,
  signal?: AbortSignal,
  waitMs = READ_WAIT_MS,
): Promise<ScreenComponent | null> {
  const siteId = live.peek(session, [])?.site?.id ?? null;
  const reads = def.reads?.({ siteId, minute: floorMinute(clock.now()) }) ?? [];
  const answered = Promise.all(reads.map((r) => r.start(live)));
  const code = def.load().catch((error: unknown) => failedScreen(error));
  const aborted = whenAborted(signal);
  const screen = await Promise.race([code, aborted.then(() => null)]);
  if (screen === null) return null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const waitUp = new Promise<true>((resolve) => {
    timer = setTimeout(() => resolve(true), waitMs);
  });
  const goOn = await Promise.race([answered.then(() => true), aborted.then(() => false), waitUp]);
  clearTimeout(timer);
  return goOn ? screen : null;
}

function failedScreen(error: unknown): ScreenComponent {
  return function FailedScreen() {
    throw error instanceof Error ? error : new Error(String(error));
  };
}

function whenAborted(signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve) => {
    if (!signal) return;
    if (signal.aborted) resolve();
    else signal.addEventListener('abort', () => resolve(), { once: true });
  });
}
