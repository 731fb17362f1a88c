import { z } from 'zod';
import type { ArchivedSheet } from '../print/sheetFiles';
import type { BackupHeader } from '../backup/backupHeader';

/**
 * The one contract between the renderer and its host. Every method names the schema
 * of its arguments (checked in Electron's main process before anything runs) and the
 * type of its result. The preload, main's handler registry and the browser host are
 * all typed from this map, so a method cannot exist in one and not the others.
 */

const MAX_FILE_BYTES = 256 * 1024 * 1024;

/** A file name the user is offered; never a path. */
export const suggestedNameSchema = z
  .string()
  .min(1)
  .max(200)
  .refine((n) => !/[\\/\0]/.test(n) && n !== '.' && n !== '..');

export const fileFilterSchema = z.object({
  name: z.string().min(1).max(80),
  extensions: z
    .array(z.string().regex(/^[A-Za-z0-9]{1,10}$/))
    .min(1)
    .max(20),
});

export const saveFileRequestSchema = z.object({
  suggestedName: suggestedNameSchema,
  mimeType: z.string().min(1).max(100),
  data: z.union([
    z.string().max(MAX_FILE_BYTES),
    z.instanceof(Uint8Array).refine((d) => d.byteLength <= MAX_FILE_BYTES),
  ]),
  filters: z.array(fileFilterSchema).max(10).default([]),
});
export type SaveFileRequest = z.input<typeof saveFileRequestSchema>;

export const openFileRequestSchema = z.object({
  filters: z.array(fileFilterSchema).max(10).default([]),
  maxBytes: z
    .number()
    .int()
    .positive()
    .max(MAX_FILE_BYTES)
    .default(50 * 1024 * 1024),
});
export type OpenFileRequest = z.input<typeof openFileRequestSchema>;

/**
 * A print view's route, as it follows the '#' in the app's URL (`/print/shift?sheet=…`).
 * Main opens it on its own origin only, so the route can name no other page; a '#' or
 * a control character would not be part of a route the renderer makes.
 */
export const printRouteSchema = z
  .string()
  .max(500)
  .refine((r) => /^\/print\/[^?/]/.test(r) && !r.includes('#'))
  // eslint-disable-next-line no-control-regex
  .refine((r) => !/[\u0000-\u001f\u007f]/.test(r));

/**
 * A printed sheet's file name: a PDF, named without the characters Windows refuses (a
 * ':' would write an alternate data stream there) and not hidden. The names of
 * shared/print/sheetFiles.ts always fit.
 */
export const sheetFileNameSchema = suggestedNameSchema
  .refine((n) => n.endsWith('.pdf') && !n.startsWith('.'))
  // eslint-disable-next-line no-control-regex
  .refine((n) => !/[\u0000-\u001f\u007f<>:"|?*]/.test(n));

/** A site's id as a folder name: letters, digits and dashes only, so it can never climb out of the archive. */
export const siteIdSchema = z.string().regex(/^[A-Za-z0-9-]{1,64}$/);

export const printSheetRequestSchema = z.object({
  route: printRouteSchema,
  fileName: sheetFileNameSchema,
  siteId: siteIdSchema,
  output: z.enum(['pdf', 'printer']),
});
export type PrintSheetRequest = z.input<typeof printSheetRequestSchema>;

/** A backup's file name: `.cordon`, no path, nothing Windows refuses, not hidden. */
export const backupFileNameSchema = suggestedNameSchema
  .refine((n) => n.endsWith('.cordon') && !n.startsWith('.'))
  // eslint-disable-next-line no-control-regex
  .refine((n) => !/[\u0000-\u001f\u007f<>:"|?*]/.test(n));

export const writeBackupRequestSchema = z.object({
  siteId: siteIdSchema,
  fileName: backupFileNameSchema,
  /** The site's time zone: the schedule keeps one backup per local day. */
  timeZone: z.string().min(1).max(60),
  data: z.instanceof(Uint8Array).refine((d) => d.byteLength <= MAX_FILE_BYTES),
});
export type WriteBackupRequest = z.input<typeof writeBackupRequestSchema>;

export const backupRefSchema = z.object({ siteId: siteIdSchema, name: backupFileNameSchema });
export type BackupRef = z.input<typeof backupRefSchema>;

/**
 * How a backup ended: written (where, when the host keeps it on disk; a browser downloads
 * it and does not say where), or not, with why in words the host could tell.
 */
export type WriteBackupResult =
  | { written: true; path: string | null }
  | { written: false; reason: 'no-space' | 'not-writable' | 'failed'; message: string };

/** A backup kept by the host: its name, size, time written, and its header when it reads as one. */
export interface BackupListing {
  name: string;
  path: string;
  bytes: number;
  writtenAt: number;
  header: BackupHeader | null;
}

export const openSheetRequestSchema = z.object({
  siteId: siteIdSchema,
  name: sheetFileNameSchema,
});
export type OpenSheetRequest = z.input<typeof openSheetRequestSchema>;

/**
 * How a print ended. `savedTo` is where the user saved the PDF (null when printed on
 * paper, or in a browser, which does not say); `archivedAs` is the name of the copy in
 * the site's sheet archive (null when none was kept).
 */
export type PrintSheetResult =
  | { done: true; savedTo: string | null; archivedAs: string | null }
  | { done: false; reason: 'cancelled' | 'failed'; message: string };

export interface AppInfo {
  host: 'electron' | 'browser';
  version: string;
  platform: string;
  /** Where the app keeps its data on disk; null in a browser. */
  userDataPath: string | null;
  documentsPath: string | null;
}

export type SaveFileResult = { saved: true; path: string | null } | { saved: false };
export type OpenFileResult =
  { opened: true; name: string; data: Uint8Array } | { opened: false; reason: 'cancelled' | 'too-large' };

export const bridgeArgs = {
  getAppInfo: z.tuple([]),
  saveFile: z.tuple([saveFileRequestSchema]),
  openFile: z.tuple([openFileRequestSchema]),
  printSheet: z.tuple([printSheetRequestSchema]),
  sheetReady: z.tuple([]),
  listSheets: z.tuple([siteIdSchema]),
  openSheet: z.tuple([openSheetRequestSchema]),
  openWall: z.tuple([]),
  writeBackup: z.tuple([writeBackupRequestSchema]),
  listBackups: z.tuple([siteIdSchema]),
  readBackup: z.tuple([backupRefSchema]),
  showBackup: z.tuple([backupRefSchema]),
} as const;

export interface BridgeResults {
  getAppInfo: AppInfo;
  saveFile: SaveFileResult;
  openFile: OpenFileResult;
  printSheet: PrintSheetResult;
  /** The print view's data, fonts and plan are in: the host may print it now. */
  sheetReady: { ok: true };
  /** The site's archive of printed sheets, newest first. */
  listSheets: ArchivedSheet[];
  openSheet: { opened: boolean };
  /**
   * The wall screen's window is open: made, or brought forward when it already was.
   * A browser that blocks the new tab says so (`blocked`).
   */
  openWall: { opened: true } | { opened: false; reason: 'blocked' };
  /**
   * A backup of a site written where the host keeps them (Electron: atomically, under
   * `<userData>/backups/<siteId>/`, then the site's older backups pruned by the schedule);
   * a browser downloads it.
   */
  writeBackup: WriteBackupResult;
  /** The site's kept backups, newest first (none in a browser). */
  listBackups: BackupListing[];
  /** One kept backup's bytes, to restore it. */
  readBackup: OpenFileResult;
  /** Shows the backup in the system's file manager. */
  showBackup: { shown: boolean };
}

export type BridgeMethod = keyof typeof bridgeArgs;
export const bridgeMethods = Object.keys(bridgeArgs) as BridgeMethod[];

/** What `window.cordon` is, in either host. */
export type CordonBridge = {
  readonly [K in BridgeMethod]: (...args: z.input<(typeof bridgeArgs)[K]>) => Promise<BridgeResults[K]>;
};

/** Who called a handler: the webContents of the window whose page made the call. */
export interface BridgeCaller {
  readonly senderId: number;
}

/**
 * The handlers main registers: arguments arrive already parsed, followed by the caller
 * (a handler that does not care who called simply declares fewer parameters).
 */
export type BridgeHandlers = {
  readonly [K in BridgeMethod]: (...args: HandlerArgs<K>) => Promise<BridgeResults[K]>;
};

export { channelOf } from './channels';

export type ParsedArgs<K extends BridgeMethod> = z.output<(typeof bridgeArgs)[K]>;

/** What main's handler for a method is called with: its parsed arguments, then who called. */
export type HandlerArgs<K extends BridgeMethod> = [...ParsedArgs<K>, caller: BridgeCaller];

/** Parses raw IPC arguments for a method; returns null (never throws) when they do not fit. */
export function parseBridgeArgs<K extends BridgeMethod>(method: K, raw: unknown[]): ParsedArgs<K> | null {
  const result = bridgeArgs[method].safeParse(raw);
  return result.success ? (result.data as ParsedArgs<K>) : null;
}

export function isBridgeMethod(name: string): name is BridgeMethod {
  return Object.prototype.hasOwnProperty.call(bridgeArgs, name);
}
