import { crc32 } from '../../../../shared/rules/crc32';

/**
 * Whether an xlsx's zip is whole and safe to hand to ExcelJS, checked before it is: the
 * directory where it says, every entry's header, size and CRC as the directory says, no
 * more inflated than a people list needs. ExcelJS (through JSZip) inflates every entry
 * whole into memory and checks no CRC, so a zip bomb or a flipped byte would otherwise
 * take the tab's memory or come out as a wrong name.
 */

/** A 10,000-row list with photos inflates to a few tens of MB. */
export const MAX_UNPACKED_BYTES = 64 * 1024 * 1024;
const MAX_ENTRIES = 1000;

export type ZipCheck = { ok: true } | { ok: false; reason: 'unreadable' | 'not-xlsx' };

interface Entry {
  name: string;
  method: number;
  flags: number;
  crc: number;
  packed: number;
  size: number;
  at: number;
}

const u16 = (b: Uint8Array, at: number) => (b[at] ?? 0) | ((b[at + 1] ?? 0) << 8);
const u32 = (b: Uint8Array, at: number) => (u16(b, at) + u16(b, at + 2) * 0x10000) >>> 0;
const names = new TextDecoder('utf-8');

/** The end-of-central-directory record: its 22 bytes, after at most a 64 KB comment. */
function findEnd(b: Uint8Array): number {
  for (let at = b.length - 22; at >= Math.max(0, b.length - 22 - 0xffff); at--) {
    if (u32(b, at) === 0x06054b50) return at;
  }
  return -1;
}

function readDirectory(b: Uint8Array): Entry[] | null {
  const end = findEnd(b);
  if (end < 0) return null;
  const count = u16(b, end + 10);
  const size = u32(b, end + 12);
  const start = u32(b, end + 16);
  // Zip64 (a count or offset at its maximum) is never needed by a people list.
  if (count === 0xffff || start === 0xffffffff || count > MAX_ENTRIES || start + size > end) return null;
  const entries: Entry[] = [];
  let at = start;
  for (let i = 0; i < count; i++) {
    if (at + 46 > end || u32(b, at) !== 0x02014b50) return null;
    const nameLength = u16(b, at + 28);
    const next = at + 46 + nameLength + u16(b, at + 30) + u16(b, at + 32);
    if (next > end) return null;
    entries.push({
      name: names.decode(b.subarray(at + 46, at + 46 + nameLength)),
      flags: u16(b, at + 8),
      method: u16(b, at + 10),
      crc: u32(b, at + 16),
      packed: u32(b, at + 20),
      size: u32(b, at + 24),
      at: u32(b, at + 42),
    });
    at = next;
  }
  return at === start + size ? entries : null;
}

/** The entry's data, found from its local header, which must agree with the directory. */
function dataOf(b: Uint8Array, e: Entry, directory: number): Uint8Array | null {
  if (e.at + 30 > directory || u32(b, e.at) !== 0x04034b50) return null;
  const nameLength = u16(b, e.at + 26);
  const start = e.at + 30 + nameLength + u16(b, e.at + 28);
  if (names.decode(b.subarray(e.at + 30, e.at + 30 + nameLength)) !== e.name) return null;
  if (start + e.packed > directory) return null;
  return b.subarray(start, start + e.packed);
}

/**
 * Deflate makes at most about 1,000 bytes of one: the packed data goes in a kilobyte at a
 * time, so a bomb is stopped within a megabyte of its declared size, not after all of it.
 */
const FEED = 1024;

/** Inflates, stopping as soon as more comes out than the entry says it holds. */
async function inflate(packed: Uint8Array, size: number): Promise<Uint8Array | null> {
  const stream = new DecompressionStream('deflate-raw');
  const writer = stream.writable.getWriter();
  const reader = stream.readable.getReader();
  // Written as it is read: each piece waits for the reader to take what the last one made.
  const feeding = (async () => {
    for (let at = 0; at < packed.length; at += FEED) await writer.write(packed.slice(at, at + FEED));
    await writer.close();
  })().catch(() => undefined);
  const out = new Uint8Array(size);
  let filled = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      if (filled + value.length > size) {
        await reader.cancel();
        return null;
      }
      out.set(value, filled);
      filled += value.length;
    }
  } catch {
    return null;
  } finally {
    await feeding;
  }
  return filled === size ? out : null;
}

export async function checkXlsxZip(b: Uint8Array): Promise<ZipCheck> {
  const entries = readDirectory(b);
  if (!entries) return { ok: false, reason: 'unreadable' };
  const directory = u32(b, findEnd(b) + 16);
  let total = 0;
  for (const e of entries) {
    total += e.size;
    // Bit 0: encrypted; methods other than stored and deflated are not what Excel writes.
    if (total > MAX_UNPACKED_BYTES || e.flags & 1 || (e.method !== 0 && e.method !== 8)) {
      return { ok: false, reason: 'unreadable' };
    }
  }
  if (!entries.some((e) => e.name === 'xl/workbook.xml')) return { ok: false, reason: 'not-xlsx' };
  for (const e of entries) {
    const packed = dataOf(b, e, directory);
    if (!packed) return { ok: false, reason: 'unreadable' };
    const data = e.method === 0 ? (e.packed === e.size ? packed : null) : await inflate(packed, e.size);
    if (!data || crc32(data) !== e.crc) return { ok: false, reason: 'unreadable' };
  }
  return { ok: true };
}
