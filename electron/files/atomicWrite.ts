import { randomBytes } from 'node:crypto';
import { open, rename, unlink, type FileHandle } from 'node:fs/promises';
import path from 'node:path';

/** The file operations used, injectable so tests can make any step fail. */
export interface AtomicWriteFs {
  open: typeof open;
  rename: typeof rename;
  unlink: typeof unlink;
}

const nodeFs: AtomicWriteFs = { open, rename, unlink };

/**
 * A hidden temp file in the target's own folder: rename is only atomic within one
 * file system. The name does not embed the target's name, which may already be
 * close to the file-name length limit.
 */
export function tempPathFor(target: string): string {
  return path.join(path.dirname(target), `.cordon-${randomBytes(8).toString('hex')}.tmp`);
}

/**
 * Writes `data` to `target` so that, whatever happens (crash, power cut, full disk),
 * the target holds either its old content or the complete new content: write a temp
 * file, flush it to disk, then rename it over the target. On failure the temp file
 * is removed and the target is untouched.
 */
export async function atomicWrite(
  target: string,
  data: string | Uint8Array,
  fs: AtomicWriteFs = nodeFs,
  platform: NodeJS.Platform = process.platform,
): Promise<void> {
  const temp = tempPathFor(target);
  let handle: FileHandle | null = await fs.open(temp, 'wx');
  try {
    await handle.writeFile(data);
    await handle.sync();
    await handle.close();
    handle = null;
    await fs.rename(temp, target);
  } catch (error) {
    await handle?.close().catch(() => undefined);
    await fs.unlink(temp).catch(() => undefined);
    throw error;
  }
  await syncDirectory(path.dirname(target), fs, platform);
}

// Makes a rename or a new name in `dir` durable. Best effort: the data is already safe, and
// Windows cannot open a directory this way. The sheet archive uses it too.
export async function syncDirectory(
  dir: string,
  fs: Pick<AtomicWriteFs, 'open'>,
  platform: NodeJS.Platform = process.platform,
): Promise<void> {
  if (platform === 'win32') return;
  try {
    const handle = await fs.open(dir, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Ignored on purpose: see above.
  }
}
