import type { Browser, BrowserContextOptions } from '@playwright/test';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { siteTimeZone } from '../../shared/demo/context';
import { generateShiftSite } from '../../shared/demo/generateShiftSite';
import { localDate } from '../../shared/time/zoned';
import { bareShiftsData, boardCounts, type BoardCounts } from './bareShiftsData';
import { peopleRows, peopleXlsxBytes } from './peopleFile';
import { measureShiftsCheck } from './shiftsCheck';
import { importScenario } from './importBench';
import { boardWeekScenario, shiftsCheckInPage } from './shiftsBench';

const IMPORT_ROWS = 5000;
const FILE_NAME = `people-${IMPORT_ROWS}.xlsx`;

export interface ShiftsPages {
  counts: { day: BoardCounts; week: BoardCounts };
  file: { name: string; bytes: Buffer; rows: number };
}

/**
 * Writes what the bare board page reads (the generated shift site, the week from today as
 * the app seeds it) and the people file, into the built page's data/.
 */
export async function prepareShiftsPages(dir: string, now: number): Promise<ShiftsPages> {
  const from = localDate(now, siteTimeZone);
  const data = bareShiftsData(generateShiftSite({ now, language: 'zh-CN', from }), from);
  const bytes = await peopleXlsxBytes(peopleRows(IMPORT_ROWS));
  await mkdir(join(dir, 'data'), { recursive: true });
  await writeFile(join(dir, 'data/shifts.json'), JSON.stringify(data));
  await writeFile(join(dir, `data/${FILE_NAME}`), bytes);
  return {
    counts: { day: boardCounts(data, 1), week: boardCounts(data, 7) },
    file: { name: FILE_NAME, bytes, rows: IMPORT_ROWS },
  };
}

/** The `shifts` section of the report: the board opened on a week, its checks, and the people import. */
export async function shiftsSection(
  browser: Browser,
  origin: string,
  pages: ShiftsPages,
  opts: {
    contextOptions: BrowserContextOptions;
    timeout: number;
    seedTimeout: number;
    settleMs: number;
    boardRuns: number;
    boardChanges: number;
    checkRuns: number;
    importRuns: number;
    log: (msg: string) => void;
  },
) {
  const base = `${origin}/app/index.html`;
  const bare = `${origin}/shifts/shifts.html`;
  const { week, change } = await boardWeekScenario(
    browser,
    { appSeed: `${base}?seed=shift-site#/shifts`, app: `${base}#/shifts`, bare },
    pages.counts,
    { ...opts, runs: opts.boardRuns, changes: opts.boardChanges },
  );
  opts.log(`board checks: ${opts.checkRuns} runs in Node, then in the bare board page`);
  const node = measureShiftsCheck({ runs: opts.checkRuns, warmUp: 5 });
  const inPage = await shiftsCheckInPage(browser, bare, { ...opts, runs: opts.checkRuns, warmUp: 5 });
  opts.log(`board checks: Node ${node.check_ms.median} ms, page ${inPage.check_ms.median} ms`);
  opts.log(`people import of ${pages.file.rows} xlsx rows (${opts.importRuns} + 1 not counted)`);
  const importXlsx = await importScenario(
    browser,
    { app: `${base}#/shifts`, bare, file: `${origin}/shifts/data/${pages.file.name}` },
    pages.file,
    { ...opts, runs: opts.importRuns },
  );
  // One note for both: the page runs the same code as Node.
  const { note: checkNote, ...nodeFigures } = node;
  const pageFigures: Partial<typeof inPage> = { ...inPage };
  delete pageFigures.note;
  return {
    note:
      'The generated shift site (shared/demo/generateShiftSite.ts: 500 people, 20 posts, a 3x8 pattern, the 21 shifts of ' +
      'the week from today, ~1,240 assignments), seeded with ?seed=shift-site. board_week: in the app started on #/shifts ' +
      '(a new page each time, signed on to, the board showing its default, today), 7 chosen in the 天数 select; ms from ' +
      "the select's change event to the end of the frame that draws all 420 cells and every name in them (a " +
      'MutationObserver sees the DOM complete: to_dom; then a task posted from the next animation frame: the frame drawn). ' +
      'bare_ms: the same, from the same select, in the bare board page (e2e/bench/bare/shifts.tsx: React drawing the same ' +
      "cells as a plain table with the board's CSS, from the same data already in memory). " +
      `${opts.boardRuns} of each, turn about, after 2 not counted. Targets: 1.5x the bare page, and under limit_ms. ` +
      `board_change: on the week's board in the app, ${opts.boardChanges} people taken off (x on a cell of a shift not ` +
      'yet begun; one more first, not counted), from the click to the frame that shows the board without them ' +
      "(the command, its store write, the live answer, the board's checks over the week, the redraw), against the store " +
      "write (the read-write transaction's completion) plus one frame, as the map's state change. " +
      `recheck: checkShifts (the board's rules, leaders counted) over the week after one assignment moved (e2e/bench/shiftsCheck.ts). ${checkNote} ` +
      'in_page: the same code on the same data in the bare board page, in Chromium. ' +
      `import_xlsx: a ${IMPORT_ROWS}-row xlsx (e2e/bench/peopleFile.ts, every row good) through the app's import dialog on ` +
      "the demo site (a new context each time): read_check_ms from the file input's change event to the frame showing " +
      "the check's summary (exceljs loaded and reading, the check against the site's people, the preview), import_ms from " +
      "the click on the import button to the frame showing it done (the command's one transaction). bare_read_ms: the " +
      'same file read with exceljs alone in a page (loading exceljs included). Target: total_ms under limit_ms.',
    board_week: week,
    board_change: change,
    recheck: { node: nodeFigures, in_page: pageFigures },
    import_xlsx: importXlsx,
  };
}
