import type { BridgeCaller, PrintSheetRequest, PrintSheetResult } from '../../shared/bridge/contract';
import { printPageUrl } from './printWindowOptions';
import type { FailureWatch, ReadyWaits } from './readyWaits';

/** How a sheet sent to a printer ended. */
export type PaperOutcome = { printed: true } | { printed: false; reason: 'cancelled' | 'failed'; message: string };

/** A hidden window showing one print view: what a print job does with it. */
export interface SheetWindow {
  /** Its webContents id, which its page's `sheetReady` arrives from. */
  readonly id: number;
  /** Starts loading `url`; a load that fails is reported through `watchFailures`. */
  load(url: string): void;
  /** Reports a failed load, a crashed page and a window closed under the job. */
  readonly watchFailures: FailureWatch;
  toPdf(): Promise<Uint8Array>;
  /** Sends the page to a printer through the system's print dialog. */
  toPrinter(): Promise<PaperOutcome>;
  /** Closes the window; again is harmless. */
  close(): void;
}

/** What a print job needs from the Electron host; fakes stand in for it in unit tests. */
export interface PrintHost {
  openWindow(): SheetWindow;
  /** Keeps the PDF in the site's sheet archive; resolves with the name it is kept under. */
  keep(siteId: string, fileName: string, pdf: Uint8Array): Promise<string>;
  /** Asks the user where to save the PDF, over the caller's window; null when they cancel. */
  askSavePath(fileName: string, caller: BridgeCaller): Promise<string | null>;
  write(filePath: string, pdf: Uint8Array): Promise<void>;
  /** Tells the log about a failure the job goes on after. */
  warn(message: string, error: unknown): void;
}

/**
 * What Electron's print callback says, as a result: the system's print dialog closed
 * with Cancel is "Print job canceled" (spelt "cancelled" on some systems); anything
 * else that did not print failed.
 */
export function paperOutcome(success: boolean, failureReason: string): PaperOutcome {
  if (success) return { printed: true };
  return { printed: false, reason: /cancel/i.test(failureReason) ? 'cancelled' : 'failed', message: failureReason };
}

export type SheetPrinter = (request: PrintSheetRequest, caller: BridgeCaller) => Promise<PrintSheetResult>;

const BUSY_MESSAGE = 'another sheet is being printed';

/**
 * Prints sheets one at a time: a second request while one is under way (its save or
 * print dialog open, say) is refused with a message rather than queued behind a
 * dialog the user may not see.
 */
export function createSheetPrinter(host: PrintHost, waits: ReadyWaits, readyTimeoutMs?: number): SheetPrinter {
  let busy = false;
  return async (request, caller) => {
    if (busy) return failed(BUSY_MESSAGE);
    busy = true;
    try {
      return await printOnce(host, waits, request, caller, readyTimeoutMs);
    } finally {
      busy = false;
    }
  };
}

/**
 * One print: open the view in a hidden window, wait for its `sheetReady`, make the PDF,
 * keep a copy in the archive, then save it where the user says or send it to a printer.
 * The hidden window is closed however the job ends.
 */
async function printOnce(
  host: PrintHost,
  waits: ReadyWaits,
  request: PrintSheetRequest,
  caller: BridgeCaller,
  readyTimeoutMs: number | undefined,
): Promise<PrintSheetResult> {
  let win: SheetWindow | null = null;
  try {
    win = host.openWindow();
    // Waiting starts before the page loads, so a page that is ready at once is not missed.
    const ready = waits.wait(win.id, win.watchFailures, readyTimeoutMs);
    win.load(printPageUrl(request.route));
    const outcome = await ready;
    if (!outcome.ready) return failed(outcome.message);
    const pdf = await win.toPdf();
    // The page has issued the sheet its number by now, so the copy is kept whatever the
    // user does next (cancels the save or the printer): the archive has every number issued.
    const archivedAs = await keepCopy(host, request, pdf);
    if (request.output === 'printer') {
      const paper = await win.toPrinter();
      if (!paper.printed) return { done: false, reason: paper.reason, message: paper.message };
      return { done: true, savedTo: null, archivedAs };
    }
    const target = await host.askSavePath(request.fileName, caller);
    if (target === null) return { done: false, reason: 'cancelled', message: 'the save was cancelled' };
    await host.write(target, pdf);
    return { done: true, savedTo: target, archivedAs };
  } catch (error) {
    return failed(error instanceof Error ? error.message : String(error));
  } finally {
    win?.close();
  }
}

// A sheet the archive could not keep is still the user's to save or print; the result
// says so (archivedAs: null) and the log says why.
async function keepCopy(host: PrintHost, request: PrintSheetRequest, pdf: Uint8Array): Promise<string | null> {
  try {
    return await host.keep(request.siteId, request.fileName, pdf);
  } catch (error) {
    host.warn(`cordon: the sheet ${request.fileName} could not be kept in the archive`, error);
    return null;
  }
}

function failed(message: string): PrintSheetResult {
  return { done: false, reason: 'failed', message };
}
