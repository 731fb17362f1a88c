import { BrowserWindow, type Event, type RenderProcessGoneDetails, type WebContents } from 'electron';
import { preloadPath } from '../paths';
import { paperOutcome, type PaperOutcome, type SheetWindow } from './printJob';
import { printWindowOptions } from './printWindowOptions';

/** Opens the hidden window a print job draws its sheet in. */
export function openSheetWindow(): SheetWindow {
  const win = new BrowserWindow(printWindowOptions(preloadPath));
  const contents = win.webContents;
  return {
    id: contents.id,
    load: (url) => {
      // A load that fails is reported by did-fail-load, which the job watches.
      contents.loadURL(url).catch(() => undefined);
    },
    watchFailures: (fail) => watchFailures(contents, fail),
    // Margins and orientation are the page's own, from its CSS @page rule.
    toPdf: () => contents.printToPDF({ pageSize: 'A4', preferCSSPageSize: true, printBackground: true }),
    toPrinter: () =>
      new Promise<PaperOutcome>((resolve) => {
        contents.print({ silent: false, printBackground: true }, (success, failureReason) =>
          resolve(paperOutcome(success, failureReason)),
        );
      }),
    close: () => {
      // Destroyed rather than closed: a page's beforeunload cannot keep a print window open.
      if (!win.isDestroyed()) win.destroy();
    },
  };
}

function watchFailures(contents: WebContents, fail: (message: string) => void): () => void {
  const failedLoad = (
    _event: Event,
    errorCode: number,
    errorDescription: string,
    _url: string,
    isMainFrame: boolean,
  ) => {
    if (isMainFrame) fail(`the sheet page did not load: ${errorDescription} (${String(errorCode)})`);
  };
  const gone = (_event: Event, details: RenderProcessGoneDetails) => {
    fail(`the sheet page stopped: ${details.reason}`);
  };
  const destroyed = () => {
    fail('the sheet window was closed');
  };
  contents.on('did-fail-load', failedLoad);
  contents.on('render-process-gone', gone);
  contents.on('destroyed', destroyed);
  return () => {
    if (contents.isDestroyed()) return;
    contents.off('did-fail-load', failedLoad);
    contents.off('render-process-gone', gone);
    contents.off('destroyed', destroyed);
  };
}
