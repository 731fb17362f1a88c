export interface Summary {
  median: number;
  min: number;
  runs: number[];
}

export const round1 = (n: number) => Math.round(n * 10) / 10;
export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export function median(xs: readonly number[]): number {
  if (xs.length === 0) return Number.NaN;
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  const at = (i: number) => s[i] ?? Number.NaN;
  return s.length % 2 === 1 ? at(mid) : (at(mid - 1) + at(mid)) / 2;
}

export function summarize(runs: readonly number[]): Summary {
  return { median: round1(median(runs)), min: round1(Math.min(...runs)), runs: runs.map(round1) };
}

export interface Comparison {
  app_ms: Summary;
  bare_ms: Summary;
  ratio: number;
  target: number;
  met: boolean;
}

/** The ratio of two medians, to two decimals. */
export const ratioOf = (a: readonly number[], b: readonly number[]) => Math.round((median(a) / median(b)) * 100) / 100;

export function compare(app: readonly number[], bare: readonly number[], target: number): Comparison {
  const ratio = ratioOf(app, bare);
  return { app_ms: summarize(app), bare_ms: summarize(bare), ratio, target, met: ratio <= target };
}
