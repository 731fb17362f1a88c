import path from 'node:path';
import { siteIdSchema } from '../../shared/bridge/contract';
import { freeSheetName } from '../../shared/print/sheetFiles';

/** The archive's folder under the user-data folder: one subfolder per site. */
export const SHEETS_FOLDER = 'sheets';

/**
 * Where a site's printed sheets are kept: `<userData>/sheets/<siteId>`. The id is
 * checked again here, whatever checked it before, because it becomes a folder name:
 * letters, digits and dashes cannot climb out of the archive.
 */
export function sheetArchiveDir(userData: string, siteId: string): string {
  if (!siteIdSchema.safeParse(siteId).success) throw new Error(`cordon: not a site id: ${JSON.stringify(siteId)}`);
  return path.join(userData, SHEETS_FOLDER, siteId);
}

/** The name a new sheet is kept under: its own, or the first "name (n).pdf" no kept sheet has. */
export function archiveNameFor(fileName: string, taken: Iterable<string>): string {
  return freeSheetName(fileName, taken);
}

/**
 * The path of a kept sheet the renderer asked to open, or null. Only a name the
 * archive's listing gives is opened: what the renderer sends is never joined to a
 * folder unless it is exactly one of the folder's own sheets.
 */
export function listedSheetPath(dir: string, name: string, listed: readonly { name: string }[]): string | null {
  return listed.some((s) => s.name === name) ? path.join(dir, name) : null;
}
