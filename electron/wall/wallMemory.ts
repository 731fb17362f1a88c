import path from 'node:path';
import { z } from 'zod';

/** What is remembered of the wall across restarts: whether it was open, and on which display. */
export interface WallMemory {
  readonly open: boolean;
  /** The display the wall was last put on full screen; null when never, or not known. */
  readonly displayId: number | null;
}

/** The file under the user-data folder that holds it. */
export const WALL_MEMORY_FILE = 'wall.json';

export const CLOSED_WALL: WallMemory = { open: false, displayId: null };

// The version marks the file as this app's: a file without it is someone else's, and tells nothing.
const wallFileSchema = z.object({
  version: z.literal(1),
  open: z.boolean(),
  displayId: z.number().int().nullable(),
});

export function wallMemoryPath(userData: string): string {
  return path.join(userData, WALL_MEMORY_FILE);
}

/**
 * Reads the file's text (null when there is none). Anything but a file this app wrote
 * (empty, cut short, edited by hand, another program's) means "closed": a wall that
 * fails to come back is opened again with a key, a wall that opens unasked is in the way.
 */
export function parseWallMemory(text: string | null): WallMemory {
  if (text === null) return CLOSED_WALL;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return CLOSED_WALL;
  }
  const parsed = wallFileSchema.safeParse(json);
  return parsed.success ? { open: parsed.data.open, displayId: parsed.data.displayId } : CLOSED_WALL;
}

export function serializeWallMemory(memory: WallMemory): string {
  return `${JSON.stringify({ version: 1, open: memory.open, displayId: memory.displayId })}\n`;
}
