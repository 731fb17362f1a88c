import { link, mkdir, open, readdir, rename, stat, unlink } from 'node:fs/promises';
import path from 'node:path';
import { listSheets, type ArchivedFile, type ArchivedSheet } from '../../shared/print/sheetFiles';
import { syncDirectory, tempPathFor } from '../files/atomicWrite';
import { archiveNameFor } from './archivePlace';

/** The file operations used, injectable so tests can make any step fail or race. */
export interface SheetArchiveFs {
  open: typeof open;
  link: typeof link;
  rename: typeof rename;
  unlink: typeof unlink;
  readdir: (dir: string) => Promise<string[]>;
  mkdir: typeof mkdir;
  stat: typeof stat;
}

const nodeFs: SheetArchiveFs = { open, link, rename, unlink, readdir: (dir) => readdir(dir), mkdir, stat };

// Codes of a file system that has no hard links (FAT, some network shares).
const NO_HARD_LINKS = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS']);
// Each try reads the folder afresh; only something else writing there at the same moment needs a second.
const NAME_TRIES = 20;

/**
 * Keeps a printed sheet in the archive folder `dir` (made if missing) and returns the
 * name it is kept under. The sheet is written whole to a hidden temp file and flushed,
 * then given its name with a hard link, which fails rather than replace a file of that
 * name (a rename would replace it): a kept sheet is never overwritten, nor seen half
 * written. Where the file system has no hard links, the temp file is renamed to a name
 * the folder did not have a moment before; this app is the folder's only writer, one
 * sheet at a time.
 */
export async function keepSheet(
  dir: string,
  fileName: string,
  data: Uint8Array,
  fs: SheetArchiveFs = nodeFs,
): Promise<string> {
  await fs.mkdir(dir, { recursive: true });
  const temp = tempPathFor(path.join(dir, fileName));
  try {
    const handle = await fs.open(temp, 'wx');
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    const name = await nameSheet(dir, fileName, temp, fs);
    await syncDirectory(dir, fs);
    return name;
  } finally {
    // After a link the temp name is a second name of the kept sheet; after a rename it is gone already.
    await fs.unlink(temp).catch(() => undefined);
  }
}

async function nameSheet(dir: string, fileName: string, temp: string, fs: SheetArchiveFs): Promise<string> {
  for (let i = 0; i < NAME_TRIES; i++) {
    const name = archiveNameFor(fileName, await fs.readdir(dir));
    const target = path.join(dir, name);
    try {
      await fs.link(temp, target);
      return name;
    } catch (error) {
      const code = errorCode(error);
      // Something took the name since the folder was read: read it again.
      if (code === 'EEXIST') continue;
      if (!NO_HARD_LINKS.has(code)) throw error;
      await fs.rename(temp, target);
      return name;
    }
  }
  throw new Error(`cordon: no free name for ${fileName} in the sheet archive`);
}

/**
 * The sheets kept in the archive folder `dir`, newest first (see listSheets): none
 * when the folder is not there yet. A file removed while the folder is read is left out.
 */
export async function readArchive(dir: string, fs: SheetArchiveFs = nodeFs): Promise<ArchivedSheet[]> {
  let names: string[];
  try {
    names = await fs.readdir(dir);
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return [];
    throw error;
  }
  const files = await Promise.all(
    names.map(async (name): Promise<ArchivedFile | null> => {
      try {
        const s = await fs.stat(path.join(dir, name));
        return s.isFile() ? { name, bytes: s.size, modifiedAt: s.mtimeMs } : null;
      } catch {
        return null;
      }
    }),
  );
  return listSheets(files.filter((f): f is ArchivedFile => f !== null));
}

function errorCode(error: unknown): string {
  return error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : '';
}
