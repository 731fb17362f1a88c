import { atomicWrite } from '../files/atomicWrite';
import { readFileBounded, type BoundedRead } from '../files/readBounded';
import { CLOSED_WALL, parseWallMemory, serializeWallMemory, type WallMemory } from './wallMemory';

// The file is a line of JSON; anything much larger is not the app's.
const MAX_WALL_FILE_BYTES = 4096;

/** The file operations used, injectable so tests can make them fail or wait. */
export interface WallMemoryFs {
  read(file: string, maxBytes: number): Promise<BoundedRead>;
  write(file: string, text: string): Promise<void>;
}

const nodeFs: WallMemoryFs = { read: readFileBounded, write: (file, text) => atomicWrite(file, text) };

/** Reads and writes `<userData>/wall.json`. */
export interface WallMemoryFile {
  /** What the file says; "closed" when it is missing or cannot be read. */
  read(): Promise<WallMemory>;
  /**
   * Writes whole (old or new content, whatever happens), one write after another in the
   * order asked, so a slow write never lands over a later one. Rejects when this write fails.
   */
  write(memory: WallMemory): Promise<void>;
}

export function wallMemoryFile(file: string, fs: WallMemoryFs = nodeFs): WallMemoryFile {
  let queue: Promise<void> = Promise.resolve();
  return {
    read: async () => {
      try {
        const read = await fs.read(file, MAX_WALL_FILE_BYTES);
        return read.ok ? parseWallMemory(new TextDecoder().decode(read.data)) : CLOSED_WALL;
      } catch {
        // Missing on a first start; unreadable otherwise. Either way nothing is known.
        return CLOSED_WALL;
      }
    },
    write: (memory) => {
      const text = serializeWallMemory(memory);
      const written = queue.then(() => fs.write(file, text));
      queue = written.catch(() => undefined);
      return written;
    },
  };
}
