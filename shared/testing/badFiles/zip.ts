import { crc32 } from '../../rules/crc32';
import { concat, u16le, u32le, utf8 } from './bytes';
import { crc32OfRun, deflateRun } from './deflate';

/**
 * A zip written by hand, byte for byte as the format says, so a case can lie in exactly
 * one place (a declared size, an entry cut short) and say where its parts begin.
 */

export interface ZipEntry {
  name: string;
  /** Stored as is (method 0). */
  data?: Uint8Array;
  /** Or deflated from a run of one byte (method 8): a bomb's entry. */
  run?: { byte: number; size: number };
  /** The uncompressed size written in the headers, when it is to lie. */
  declaredSize?: number;
}

export interface ZipLayout {
  bytes: Uint8Array;
  /** Where each entry's local header and its data start, in entry order. */
  entries: { header: number; data: number; end: number }[];
  /** Where the central directory and the end-of-central-directory record start. */
  central: number;
  end: number;
}

// 1980-01-01 00:00, the earliest a zip can say: the same bytes on every run.
const TIME = 0;
const DATE = (0 << 9) | (1 << 5) | 1;
const UTF8_NAMES = 0x0800;

export function writeZip(entries: readonly ZipEntry[]): ZipLayout {
  const locals: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  const layout: ZipLayout['entries'] = [];
  let at = 0;
  for (const entry of entries) {
    const name = utf8(entry.name);
    const method = entry.run ? 8 : 0;
    const body = entry.run ? deflateRun(entry.run.byte, entry.run.size) : (entry.data ?? new Uint8Array());
    const size = entry.run ? entry.run.size : body.length;
    const crc = entry.run ? crc32OfRun(entry.run.byte, entry.run.size) : crc32(body);
    const declared = entry.declaredSize ?? size;
    const common = [...u16le(UTF8_NAMES), ...u16le(method), ...u16le(TIME), ...u16le(DATE), ...u32le(crc)];
    const sizes = [...u32le(body.length), ...u32le(declared), ...u16le(name.length)];
    const local = concat([0x50, 0x4b, 0x03, 0x04], u16le(20), common, sizes, u16le(0), name);
    centrals.push(
      concat(
        [0x50, 0x4b, 0x01, 0x02],
        u16le(20),
        u16le(20),
        common,
        sizes,
        u16le(0), // extra
        u16le(0), // comment
        u16le(0), // disk
        u16le(0), // internal attributes
        u32le(0), // external attributes
        u32le(at),
        name,
      ),
    );
    layout.push({ header: at, data: at + local.length, end: at + local.length + body.length });
    locals.push(local, body);
    at += local.length + body.length;
  }
  const central = concat(...centrals);
  const end = concat(
    [0x50, 0x4b, 0x05, 0x06],
    u16le(0),
    u16le(0),
    u16le(entries.length),
    u16le(entries.length),
    u32le(central.length),
    u32le(at),
    u16le(0),
  );
  return {
    bytes: concat(...locals, central, end),
    entries: layout,
    central: at,
    end: at + central.length,
  };
}
