import path from 'node:path';
import { app, BrowserWindow, dialog, shell, webContents, type SaveDialogOptions } from 'electron';
import type { BridgeCaller, BridgeHandlers } from '../../shared/bridge/contract';
import { atomicWrite } from '../files/atomicWrite';
import { listedSheetPath, sheetArchiveDir } from './archivePlace';
import { createSheetPrinter, type PrintHost } from './printJob';
import { ReadyWaits } from './readyWaits';
import { keepSheet, readArchive } from './sheetArchive';
import { openSheetWindow } from './sheetWindow';

export type PrintingHandlers = Pick<BridgeHandlers, 'printSheet' | 'sheetReady' | 'listSheets' | 'openSheet'>;

/** The Electron host's printing: sheets drawn in hidden windows, and the archive of those printed. */
export function createPrintingHandlers(documentsPath: () => string | null): PrintingHandlers {
  const waits = new ReadyWaits();
  const archiveDir = (siteId: string) => sheetArchiveDir(app.getPath('userData'), siteId);
  const host: PrintHost = {
    openWindow: openSheetWindow,
    keep: (siteId, fileName, pdf) => keepSheet(archiveDir(siteId), fileName, pdf),
    askSavePath: (fileName, caller) => askSavePath(fileName, caller, documentsPath()),
    write: (filePath, pdf) => atomicWrite(filePath, pdf),
    warn: (message, error) => console.warn(message, error),
  };
  return {
    printSheet: createSheetPrinter(host, waits),
    sheetReady: async (caller) => {
      // A call from a window no job waits for (a print view opened by hand) needs no answer but this.
      waits.ready(caller.senderId);
      return { ok: true };
    },
    listSheets: async (siteId) => readArchive(archiveDir(siteId)),
    openSheet: async ({ siteId, name }) => {
      const dir = archiveDir(siteId);
      const target = listedSheetPath(dir, name, await readArchive(dir));
      if (target === null) return { opened: false };
      const error = await shell.openPath(target);
      if (error !== '') console.warn(`cordon: could not open the sheet ${name}: ${error}`);
      return { opened: error === '' };
    },
  };
}

// The dialog belongs to the window that asked for the sheet: the hidden one is never shown.
async function askSavePath(fileName: string, caller: BridgeCaller, documents: string | null): Promise<string | null> {
  const options: SaveDialogOptions = {
    defaultPath: documents ? path.join(documents, fileName) : fileName,
    filters: [{ name: 'PDF', extensions: ['pdf'] }],
    properties: ['showOverwriteConfirmation', 'createDirectory'],
  };
  const callerContents = webContents.fromId(caller.senderId);
  const parent = callerContents ? BrowserWindow.fromWebContents(callerContents) : null;
  const choice = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
  return choice.canceled || !choice.filePath ? null : choice.filePath;
}
