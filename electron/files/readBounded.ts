import { open } from 'node:fs/promises';

export type BoundedRead =
  { readonly ok: true; readonly data: Uint8Array } | { readonly ok: false; readonly reason: 'too-large' };

/**
 * Reads a whole file unless it is larger than `maxBytes`, checked before anything is
 * read. The result is an exactly-sized array of its own (not a slice of Node's shared
 * buffer pool), since it is sent to the renderer as is.
 */
export async function readFileBounded(filePath: string, maxBytes: number): Promise<BoundedRead> {
  const handle = await open(filePath, 'r');
  try {
    const { size } = await handle.stat();
    if (size > maxBytes) return { ok: false, reason: 'too-large' };
    const data = new Uint8Array(size);
    let offset = 0;
    while (offset < size) {
      const { bytesRead } = await handle.read(data, offset, size - offset, offset);
      if (bytesRead === 0) break;
      offset += bytesRead;
    }
    // A file that shrank while being read yields what was there; one that grew is cut at the size checked.
    return { ok: true, data: offset === size ? data : data.slice(0, offset) };
  } finally {
    await handle.close();
  }
}
