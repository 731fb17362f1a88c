import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, type Page } from '@playwright/test';
import type { AcceptedFile, BadFile, RefusedFile } from '../../shared/testing/badFiles';

/**
 * The bad-files harness: feeds every malformed file of an importer to the importer as a
 * person would (through its own dialog and file chooser, in one page), and checks each
 * answer: a refusal says why, in the screen's language (Chinese, the page's), within the
 * 5 s bound, and leaves the store as it was; a file that is legitimately importable is
 * stored inert. Each case runs, its time is measured, and every problem is listed at the
 * end; a case that goes wrong reloads the page so the rest still run.
 *
 * An importer is driven by an `ImporterKind`. To add one (the backup, say):
 * 1. its cases: `backupCases(): BadFile<BackupReason>[]` in shared/testing/badFiles/,
 *    listed in `importerCases` (index.ts), `BackupReason` being the importer's own
 *    refusal reasons;
 * 2. its kind in e2e/web/bad-files.spec.ts: how to reach and open the importer, the file
 *    chooser's button, the locator of its answer (the alert, or the file's name once
 *    read), the message of each reason (`templatePattern` of its zh-CN string), what it
 *    can write (`count(page, [tables])` reads IndexedDB), and what an accepted file must
 *    leave behind;
 * 3. the kind in the spec's list, `runBadFiles(page, [people, plan, backup], …)`.
 *
 * The kind's members are methods, not function properties: methods compare bivariantly,
 * so kinds of different reasons go in one list.
 */
export interface ImporterKind<Reason extends string = string> {
  /** As the summary line names it. */
  name: string;
  cases(): BadFile<Reason>[];
  /** Takes the signed-on page to the importer's screen. Called once, and again after a reload. */
  setUp(page: Page): Promise<void>;
  /** Opens the importer, ready for a file. Called before the first case and after each accepted one. */
  open(page: Page): Promise<void>;
  /** Closes the importer after the last case, for the next kind's screen. */
  close(page: Page): Promise<void>;
  /**
   * Chooses the file (at `path`, under its own name) in the open importer, and returns as
   * soon as the file is handed over, once anything said about the file before is gone.
   */
  choose(page: Page, file: BadFile<Reason>, path: string): Promise<void>;
  /** Resolves when the importer has answered this file, one way or the other; rejects after `timeout` ms. */
  answered(page: Page, file: BadFile<Reason>, timeout: number): Promise<void>;
  /**
   * For a refused file: the message the person reads, after checking the importer offers
   * nothing to import. Null when the importer took the file instead.
   */
  refusal(page: Page, file: RefusedFile<Reason>): Promise<string | null>;
  /** The message a reason must be shown as: the exact text, or a pattern where it has numbers in it. */
  message(reason: Reason): string | RegExp;
  /** What the importer can write, read straight from IndexedDB; compared by value. */
  written(page: Page): Promise<unknown>;
  /** For an accepted file: completes the import and checks what was stored and shown. Leaves the importer closed. */
  accept(page: Page, file: AcceptedFile, before: unknown): Promise<void>;
}

export interface CaseResult {
  kind: string;
  name: string;
  expect: BadFile['expect'];
  /** Milliseconds from the file handed over to the answer on screen. */
  took: number;
  problem: string | null;
}

/** The issue's bound: a bad file is answered within 5 s, whatever it is. */
export const ANSWER_WITHIN_MS = 5000;

/** What a refusal must not read like: an exception, a stack, a hole in a template. */
const NOT_A_SENTENCE = /undefined|null|NaN|\{\w+\}|Error\b|exception|\bat \S+ \(|\.tsx?:\d|\[object /i;
const CHINESE = /[\u4e00-\u9fff]/;

/** A message template as a pattern: its {placeholders} match anything. */
export function templatePattern(template: string): RegExp {
  const parts = template.split(/\{\w+\}/).map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^${parts.join('.+?')}`);
}

/** Whether a refusal reads as the person's sentence for this reason, in Chinese. */
function wrongMessage(text: string, expected: string | RegExp): string | null {
  if (!CHINESE.test(text)) return `not in Chinese: "${text}"`;
  if (NOT_A_SENTENCE.test(text)) return `reads like a program, not a sentence: "${text}"`;
  const fits = typeof expected === 'string' ? text.startsWith(expected) : expected.test(text);
  return fits ? null : `says "${text}", not "${String(expected)}"`;
}

/** An assertion's message without its colours (escape sequences), on one line, short enough to read in a list. */
const reason = (e: unknown) =>
  (e instanceof Error ? e.message : String(e))
    .split(String.fromCharCode(27))
    .join('')
    .replace(/\[\d+m/g, '')
    .replace(/\s+/g, ' ')
    .slice(0, 400);

/**
 * Feeds one file and checks the answer; returns what went wrong, or null. The page is left
 * with the importer open, ready for the next file.
 */
async function runCase<R extends string>(
  page: Page,
  kind: ImporterKind<R>,
  file: BadFile<R>,
  dir: string,
): Promise<CaseResult> {
  const result = (took: number, problem: string | null): CaseResult => ({
    kind: kind.name,
    name: file.name,
    expect: file.expect,
    took,
    problem,
  });
  // On disk, so the browser reads it from there: megabytes sent through the driver take seconds.
  const folder = join(dir, kind.name, file.name);
  mkdirSync(folder, { recursive: true });
  const path = join(folder, file.fileName);
  writeFileSync(path, file.bytes);
  const before = await kind.written(page);
  await kind.choose(page, file, path);
  const started = Date.now();
  try {
    await kind.answered(page, file, ANSWER_WITHIN_MS);
  } catch {
    return result(Date.now() - started, `not answered within ${ANSWER_WITHIN_MS / 1000} s`);
  }
  const took = Date.now() - started;
  try {
    return result(took, await judge(page, kind, file, before));
  } catch (e) {
    return result(took, reason(e));
  }
}

/** What is wrong with the importer's answer to the file, or null. */
async function judge<R extends string>(
  page: Page,
  kind: ImporterKind<R>,
  file: BadFile<R>,
  before: unknown,
): Promise<string | null> {
  if (file.expect === 'refused') {
    const text = await kind.refusal(page, file);
    if (text === null) return `accepted, expected refused (${file.reason})`;
    const wrong = wrongMessage(text, kind.message(file.reason));
    if (wrong) return wrong;
    const after = await kind.written(page);
    return JSON.stringify(after) === JSON.stringify(before) ? null : 'refused, but the store changed';
  }
  await kind.accept(page, file, before);
  await kind.open(page);
  return null;
}

/** Runs every case of the kinds, in order, in the one page, and returns each one's result. */
export async function runBadFiles(
  page: Page,
  kinds: readonly ImporterKind[],
  reload: () => Promise<void>,
): Promise<CaseResult[]> {
  const results: CaseResult[] = [];
  const dir = mkdtempSync(join(tmpdir(), 'cordon-bad-files-'));
  try {
    for (const kind of kinds) results.push(...(await runKind(page, kind, reload, dir)));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return results;
}

/** One importer's cases; a case that goes wrong is recorded and the page reloaded, so the rest still run. */
async function runKind(
  page: Page,
  kind: ImporterKind,
  reload: () => Promise<void>,
  dir: string,
): Promise<CaseResult[]> {
  const results: CaseResult[] = [];
  // BAD_FILES_ONLY=<pattern>: only the cases whose names match, to look into a few.
  const only = process.env.BAD_FILES_ONLY ? new RegExp(process.env.BAD_FILES_ONLY) : null;
  await kind.setUp(page);
  await kind.open(page);
  for (const file of kind.cases().filter((f) => !only || only.test(f.name))) {
    const wall = Date.now();
    let outcome: CaseResult;
    try {
      outcome = await runCase(page, kind, file, dir);
    } catch (e) {
      outcome = { kind: kind.name, name: file.name, expect: file.expect, took: 0, problem: reason(e) };
    }
    results.push(outcome);
    // BAD_FILES_VERBOSE=1: a line a case (answer / whole case, in ms), to watch a run as it goes.
    if (process.env.BAD_FILES_VERBOSE) {
      console.log(`${outcome.kind}/${outcome.name} ${outcome.took}/${Date.now() - wall} ms ${outcome.problem ?? 'ok'}`);
    }
    if (outcome.problem) {
      await reload();
      await kind.setUp(page);
      await kind.open(page);
    }
  }
  await kind.close(page);
  return results;
}

/** The line the test output reports: `bad files: people 84 refused 79 accepted-as-text 5, plan …; slowest 1.2 s (name)`. */
export function summary(results: readonly CaseResult[]): string {
  const kinds = [...new Set(results.map((r) => r.kind))].map((kind) => {
    const mine = results.filter((r) => r.kind === kind);
    const refused = mine.filter((r) => r.expect === 'refused').length;
    const accepted = mine.length - refused;
    return `${kind} ${mine.length} refused ${refused}${accepted ? ` accepted-as-text ${accepted}` : ''}`;
  });
  const slowest = results.reduce<CaseResult | null>((a, r) => (a && a.took >= r.took ? a : r), null);
  const slow = slowest ? `; slowest ${(slowest.took / 1000).toFixed(1)} s (${slowest.kind}/${slowest.name})` : '';
  return `bad files: ${kinds.join(', ')}${slow}`;
}

/** Fails with every problem listed, one line each. */
export function expectNoProblems(results: readonly CaseResult[]): void {
  const problems = results.filter((r) => r.problem).map((r) => `${r.kind}/${r.name}: ${r.problem ?? ''}`);
  expect(problems, problems.join('\n')).toEqual([]);
}
