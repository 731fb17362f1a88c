import path from 'node:path';
import { app, BrowserWindow, dialog, type FileFilter, type OpenDialogOptions, type SaveDialogOptions } from 'electron';
import type { AppInfo, BridgeHandlers, OpenFileResult, ParsedArgs, SaveFileResult } from '../../shared/bridge/contract';
import { createBackupHandlers } from '../backups/backupHandlers';
import { revealInFolder } from '../backups/revealInFolder';
import { atomicWrite } from '../files/atomicWrite';
import { readFileBounded } from '../files/readBounded';
import { createPrintingHandlers } from '../printing/printingHandlers';
import { createWallHandlers } from '../wall/wallHandlers';
import { openWallWindow } from '../wall/wallWindow';

type SaveRequest = ParsedArgs<'saveFile'>[0];
type OpenRequest = ParsedArgs<'openFile'>[0];

/** The Electron host's side of the bridge. Arguments arrive already validated by the registry. */
export function createBridgeHandlers(): BridgeHandlers {
  return {
    getAppInfo,
    saveFile,
    openFile,
    ...createPrintingHandlers(documentsPath),
    ...createWallHandlers(openWallWindow),
    ...createBackupHandlers(app.getPath('userData'), revealInFolder),
  };
}

async function getAppInfo(): Promise<AppInfo> {
  return {
    host: 'electron',
    version: app.getVersion(),
    platform: process.platform,
    userDataPath: app.getPath('userData'),
    documentsPath: documentsPath(),
  };
}

async function saveFile(request: SaveRequest): Promise<SaveFileResult> {
  const documents = documentsPath();
  const options: SaveDialogOptions = {
    defaultPath: documents ? path.join(documents, request.suggestedName) : request.suggestedName,
    filters: toDialogFilters(request.filters),
    properties: ['showOverwriteConfirmation', 'createDirectory'],
  };
  const parent = BrowserWindow.getFocusedWindow();
  const choice = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
  if (choice.canceled || !choice.filePath) return { saved: false };
  await atomicWrite(choice.filePath, request.data);
  return { saved: true, path: choice.filePath };
}

async function openFile(request: OpenRequest): Promise<OpenFileResult> {
  const options: OpenDialogOptions = {
    properties: ['openFile'],
    filters: toDialogFilters(request.filters),
  };
  const documents = documentsPath();
  if (documents) options.defaultPath = documents;
  const parent = BrowserWindow.getFocusedWindow();
  const choice = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
  const filePath = choice.filePaths[0];
  if (choice.canceled || filePath === undefined) return { opened: false, reason: 'cancelled' };
  const read = await readFileBounded(filePath, request.maxBytes);
  if (!read.ok) return { opened: false, reason: read.reason };
  return { opened: true, name: path.basename(filePath), data: read.data };
}

function toDialogFilters(filters: SaveRequest['filters']): FileFilter[] {
  return filters.map((f) => ({ name: f.name, extensions: [...f.extensions] }));
}

// Some Linux desktops have no Documents folder configured; Electron throws then.
function documentsPath(): string | null {
  try {
    return app.getPath('documents');
  } catch {
    return null;
  }
}
