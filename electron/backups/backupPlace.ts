import path from 'node:path';
import { backupFileNameSchema, siteIdSchema } from '../../shared/bridge/contract';

/** The backups' folder under the user-data folder: one subfolder per site. */
export const BACKUPS_FOLDER = 'backups';

/** The longest name the bridge takes for a backup (backupFileNameSchema). */
const MAX_NAME_CHARS = 200;
const EXTENSION = '.cordon';

/**
 * Where a site's backups are kept: `<userData>/backups/<siteId>`. The id is checked
 * again here, whatever checked it before, because it becomes a folder name: letters,
 * digits and dashes cannot climb out of the backups' folder.
 */
export function backupDir(userData: string, siteId: string): string {
  if (!siteIdSchema.safeParse(siteId).success) throw new Error(`cordon: not a site id: ${JSON.stringify(siteId)}`);
  return path.join(userData, BACKUPS_FOLDER, siteId);
}

/** Whether a name in the folder is a backup's: a plain `.cordon` name the bridge would take, not a hidden temp file. */
export function isBackupName(name: string): boolean {
  return backupFileNameSchema.safeParse(name).success;
}

/**
 * The path of a backup named by the renderer, inside `dir` and nowhere else: a name
 * that is not a plain backup name, or that would resolve outside the folder, is refused.
 */
export function backupPathIn(dir: string, name: string): string {
  const target = path.join(dir, name);
  if (!isBackupName(name) || path.dirname(path.resolve(target)) !== path.resolve(dir))
    throw new Error(`cordon: not a backup name: ${JSON.stringify(name)}`);
  return target;
}

/**
 * `name`, or the first of "name (2).cordon", "name (3).cordon" … that no file in the
 * folder has (compared case-insensitively, as Windows and macOS do). A backup is never
 * written over another: two taken in the same minute (before two deletions in a row)
 * each keep what they saw. The stem is shortened when the number would make the name
 * longer than the bridge takes, so every kept backup can be read back.
 */
export function freeBackupName(name: string, taken: Iterable<string>): string {
  const used = new Set([...taken].map((n) => n.toLowerCase()));
  if (!used.has(name.toLowerCase())) return name;
  const stem = name.toLowerCase().endsWith(EXTENSION) ? name.slice(0, -EXTENSION.length) : name;
  for (let n = 2; ; n++) {
    const suffix = ` (${String(n)})${EXTENSION}`;
    const candidate = `${stem.slice(0, MAX_NAME_CHARS - suffix.length)}${suffix}`;
    if (!used.has(candidate.toLowerCase())) return candidate;
  }
}
