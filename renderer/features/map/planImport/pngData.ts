/**
 * Whether a PNG's picture data inflates to as many bytes as its header says the picture
 * needs. Its chunks' CRCs are checked before (shared/rules/planImage.ts pngIntact), but a
 * broken writer can put data in them that is not zlib at all, or too little of it, and the
 * browser draws such a PNG blank or in part without an error.
 */

const SIGNATURE = 8;
/** Samples per pixel by colour type: grey, RGB, palette, grey and alpha, RGBA. */
const CHANNELS: Record<number, number> = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 };
/** Adam7's passes: where each starts and how far it steps, across and down. */
const ADAM7 = [
  [0, 0, 8, 8],
  [4, 0, 8, 8],
  [0, 4, 4, 8],
  [2, 0, 4, 4],
  [0, 2, 2, 4],
  [1, 0, 2, 2],
  [0, 1, 1, 2],
] as const;
/** Deflate makes at most about 1,000 bytes of one: fed a kilobyte at a time, a check stops soon after it has enough. */
const FEED = 1024;

const u32 = (b: Uint8Array, at: number) =>
  (((b[at] ?? 0) << 24) | ((b[at + 1] ?? 0) << 16) | ((b[at + 2] ?? 0) << 8) | (b[at + 3] ?? 0)) >>> 0;

interface Header {
  width: number;
  height: number;
  bitDepth: number;
  colourType: number;
  interlaced: boolean;
}

/** The bytes the filtered scanlines of the picture take: each row one filter byte and its samples. */
export function expectedDataSize(h: Header): number | null {
  const channels = CHANNELS[h.colourType];
  if (channels === undefined) return null;
  const rows = (width: number, height: number) =>
    width === 0 || height === 0 ? 0 : height * (1 + Math.ceil((width * channels * h.bitDepth) / 8));
  if (!h.interlaced) return rows(h.width, h.height);
  return ADAM7.reduce(
    (sum, [x, y, dx, dy]) =>
      sum + rows(Math.ceil(Math.max(0, h.width - x) / dx), Math.ceil(Math.max(0, h.height - y) / dy)),
    0,
  );
}

/** The header and the IDAT chunks' data, in order. */
function chunksOf(b: Uint8Array): { header: Header; data: Uint8Array[] } | null {
  let header: Header | null = null;
  const data: Uint8Array[] = [];
  for (let at = SIGNATURE; at + 12 <= b.length;) {
    const length = u32(b, at);
    const type = String.fromCharCode(...b.subarray(at + 4, at + 8));
    const body = b.subarray(at + 8, at + 8 + length);
    if (type === 'IHDR' && body.length === 13) {
      header = {
        width: u32(body, 0),
        height: u32(body, 4),
        bitDepth: body[8] ?? 0,
        colourType: body[9] ?? 0,
        interlaced: body[12] === 1,
      };
    }
    if (type === 'IDAT') data.push(body);
    if (type === 'IEND') break;
    at += 12 + length;
  }
  return header ? { header, data } : null;
}

/** Inflates the zlib stream split over the pieces until `needed` bytes came out; false if it ends or fails before. */
async function inflatesTo(pieces: readonly Uint8Array[], needed: number): Promise<boolean> {
  const stream = new DecompressionStream('deflate');
  const writer = stream.writable.getWriter();
  const reader = stream.readable.getReader();
  const feeding = (async () => {
    for (const piece of pieces) {
      for (let at = 0; at < piece.length; at += FEED) await writer.write(piece.slice(at, at + FEED));
    }
    await writer.close();
  })().catch(() => undefined);
  let got = 0;
  try {
    while (got < needed) {
      const { done, value } = await reader.read();
      if (done) break;
      got += value.length;
    }
    if (got >= needed) await reader.cancel();
  } catch {
    return false;
  } finally {
    await feeding;
  }
  return got >= needed;
}

export async function pngDataComplete(bytes: Uint8Array): Promise<boolean> {
  const png = chunksOf(bytes);
  if (!png) return false;
  const needed = expectedDataSize(png.header);
  if (needed === null || needed === 0) return false;
  return inflatesTo(png.data, needed);
}
