/**
 * What an imported plan picture is, judged from its bytes alone (never from the file
 * name, which a renamed text file or a phone's odd export gets wrong). Pure: the SVG
 * content itself is sanitised in the renderer, where a real XML parser exists.
 */

import { crc32 } from './crc32';

/** A phone photo of a drawing is a few MB; 20 MB leaves room for big scans. */
export const MAX_PLAN_BYTES = 20 * 1024 * 1024;
/** Limits that keep a decoded picture within what a laptop's GPU texture and memory take. */
export const MAX_PLAN_SIDE = 12_000;
export const MAX_PLAN_PIXELS = 80_000_000;

export type PlanImageKind = 'png' | 'jpeg' | 'svg';
export type PlanImageRefusal =
  'empty' | 'not-an-image' | 'too-large-file' | 'too-many-pixels' | 'broken-image' | 'broken-svg' | 'unsafe-svg';

export type PlanImageCheck =
  | { ok: true; kind: PlanImageKind; mimeType: string; width: number; height: number }
  | { ok: false; reason: PlanImageRefusal };

const mimeTypes: Record<PlanImageKind, string> = { png: 'image/png', jpeg: 'image/jpeg', svg: 'image/svg+xml' };

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

const startsWith = (bytes: Uint8Array, prefix: readonly number[]) => prefix.every((b, i) => bytes[i] === b);
const u16 = (b: Uint8Array, at: number) => ((b[at] ?? 0) << 8) | (b[at + 1] ?? 0);
const u32 = (b: Uint8Array, at: number) => u16(b, at) * 0x10000 + u16(b, at + 2);

/** Which kind of picture the bytes are, or null. SVG is recognised by its text start. */
export function sniffPlanImage(bytes: Uint8Array): PlanImageKind | null {
  if (startsWith(bytes, PNG_SIGNATURE)) return 'png';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'jpeg';
  return looksLikeSvg(bytes) ? 'svg' : null;
}

/**
 * An SVG starts (after a BOM, white space, an XML declaration, comments and a doctype)
 * with an `<svg` element. Only the first few KB are read: enough for any real prologue.
 */
export function looksLikeSvg(bytes: Uint8Array): boolean {
  // Read as Latin-1: only ASCII markup is matched, and this needs no DOM TextDecoder.
  let text = String.fromCharCode(...bytes.subarray(0, 4096)).replace(/^\xEF\xBB\xBF/, '');
  // Each prologue item is stripped in turn; the loop ends when none is left in front.
  for (;;) {
    const next = text
      .replace(/^\s+/, '')
      .replace(/^<\?xml[\s\S]*?\?>/, '')
      .replace(/^<!--[\s\S]*?-->/, '')
      .replace(/^<!DOCTYPE[^>[]*(\[[\s\S]*?\])?\s*>/i, '');
    if (next === text) break;
    text = next;
  }
  return /^<svg[\s>/]/.test(text);
}

/** Pixel size from a PNG's IHDR chunk, which the format requires to come first. */
export function pngSize(bytes: Uint8Array): { width: number; height: number } | null {
  if (bytes.length < 24 || !startsWith(bytes, PNG_SIGNATURE)) return null;
  const ihdr = String.fromCharCode(...bytes.subarray(12, 16));
  if (ihdr !== 'IHDR') return null;
  return { width: u32(bytes, 16), height: u32(bytes, 20) };
}

/**
 * Whether a PNG is whole: every chunk complete and its CRC right, IHDR first, at least
 * one IDAT, and IEND closing it. Browsers draw a cut-off or corrupted PNG in part without
 * an error, so damage is caught here. Bytes after IEND are not part of the picture and
 * some tools leave them: they are let be.
 */
export function pngIntact(bytes: Uint8Array): boolean {
  if (!startsWith(bytes, PNG_SIGNATURE)) return false;
  let at = PNG_SIGNATURE.length;
  let sawData = false;
  for (let first = true; ; first = false) {
    // Length, type and CRC take 12 bytes around the data.
    if (at + 12 > bytes.length) return false;
    const length = u32(bytes, at);
    const dataEnd = at + 8 + length;
    if (length > 0x7fffffff || dataEnd + 4 > bytes.length) return false;
    const type = String.fromCharCode(...bytes.subarray(at + 4, at + 8));
    if (!/^[A-Za-z]{4}$/.test(type)) return false;
    if (crc32(bytes, at + 4, dataEnd) !== u32(bytes, dataEnd)) return false;
    // IHDR comes first and only first.
    if (first !== (type === 'IHDR') || (type === 'IHDR' && length !== 13)) return false;
    if (type === 'IDAT') sawData = true;
    if (type === 'IEND') return sawData;
    at = dataEnd + 4;
  }
}

/** Start-of-frame markers that carry the picture's size (baseline, extended, progressive, lossless...). */
const SOF_MARKERS = new Set([0xc0, 0xc1, 0xc2, 0xc3, 0xc5, 0xc6, 0xc7, 0xc9, 0xca, 0xcb, 0xcd, 0xce, 0xcf]);

/** Pixel size from a JPEG's start-of-frame segment, walking the segments before it. */
export function jpegSize(bytes: Uint8Array): { width: number; height: number } | null {
  if (!startsWith(bytes, [0xff, 0xd8])) return null;
  let at = 2;
  while (at + 4 <= bytes.length) {
    if (bytes[at] !== 0xff) return null;
    const marker = bytes[at + 1] ?? 0;
    // Fill bytes and stand-alone markers have no length.
    if (marker === 0xff) {
      at += 1;
      continue;
    }
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      at += 2;
      continue;
    }
    if (marker === 0xd9 || marker === 0xda) return null; // end of image or scan data before any frame
    const length = u16(bytes, at + 2);
    if (length < 2) return null;
    if (SOF_MARKERS.has(marker)) {
      if (at + 9 > bytes.length) return null;
      return { height: u16(bytes, at + 5), width: u16(bytes, at + 7) };
    }
    at += 2 + length;
  }
  return null;
}

/** Stand-alone JPEG markers, which have no length: TEM and the restarts RST0–RST7. */
const standalone = (marker: number) => marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7);

/**
 * Where the entropy-coded data after a scan header ends: at the first 0xFF that starts a
 * marker, i.e. is not followed by a stuffed 0x00, a restart or another 0xFF fill byte.
 */
function endOfScanData(bytes: Uint8Array, from: number): number {
  for (let at = bytes.indexOf(0xff, from); at >= 0; at = bytes.indexOf(0xff, at + 1)) {
    const next = bytes[at + 1];
    if (next === undefined) break;
    if (next !== 0x00 && next !== 0xff && !standalone(next)) return at;
  }
  return bytes.length;
}

/**
 * Whether a JPEG runs to its end: segments one after another, picture data after at least
 * one start of scan, and the end-of-image marker. A file cut off on its way (a download
 * stopped, a copy to a full stick) has no end marker, and browsers draw it in part without
 * an error. What follows the first end marker is let be: phones append a second picture,
 * a depth map or a video there. Stray bytes between segments are skipped, as decoders do.
 */
export function jpegComplete(bytes: Uint8Array): boolean {
  if (!startsWith(bytes, [0xff, 0xd8])) return false;
  let scanned = false;
  let at = 2;
  while (at + 2 <= bytes.length) {
    if (bytes[at] !== 0xff) {
      at = bytes.indexOf(0xff, at);
      if (at < 0) return false;
      continue;
    }
    const marker = bytes[at + 1] ?? 0;
    if (marker === 0xd9) return scanned;
    if (marker === 0xff || standalone(marker)) {
      at += marker === 0xff ? 1 : 2;
      continue;
    }
    const length = u16(bytes, at + 2);
    if (at + 4 > bytes.length || length < 2) return false;
    at += 2 + length;
    if (marker === 0xda) {
      scanned = true;
      at = endOfScanData(bytes, at);
    }
  }
  return false;
}

/** Whether a picture of this size may be shown as a plan. */
export function checkPixels(width: number, height: number): PlanImageRefusal | null {
  if (!(width > 0 && height > 0) || !Number.isFinite(width) || !Number.isFinite(height)) return 'broken-image';
  if (width > MAX_PLAN_SIDE || height > MAX_PLAN_SIDE || width * height > MAX_PLAN_PIXELS) return 'too-many-pixels';
  return null;
}

/**
 * Checks a raster picture fully and an SVG as far as bytes go: its size in units comes
 * from the sanitiser, so an SVG passes here with width and height 0.
 */
export function checkPlanImage(bytes: Uint8Array): PlanImageCheck {
  if (bytes.length === 0) return { ok: false, reason: 'empty' };
  if (bytes.length > MAX_PLAN_BYTES) return { ok: false, reason: 'too-large-file' };
  const kind = sniffPlanImage(bytes);
  if (!kind) return { ok: false, reason: 'not-an-image' };
  if (kind === 'svg') return { ok: true, kind, mimeType: mimeTypes.svg, width: 0, height: 0 };
  const size = kind === 'png' ? pngSize(bytes) : jpegSize(bytes);
  if (!size) return { ok: false, reason: 'broken-image' };
  // Pixels first: a header claiming too many is refused as such, whatever follows it.
  const refusal = checkPixels(size.width, size.height);
  if (refusal) return { ok: false, reason: refusal };
  if (!(kind === 'png' ? pngIntact(bytes) : jpegComplete(bytes))) return { ok: false, reason: 'broken-image' };
  return { ok: true, kind, mimeType: mimeTypes[kind], ...size };
}

/** Metres per plan unit from a line drawn on the plan and its real length; null when either is unusable. */
export function metresPerUnitFromLine(lengthInPlanUnits: number, metres: number): number | null {
  if (!(lengthInPlanUnits > 0) || !(metres > 0) || !Number.isFinite(lengthInPlanUnits) || !Number.isFinite(metres))
    return null;
  return metres / lengthInPlanUnits;
}

/** Length of a line between two plan points, in plan units. */
export function lineLength(a: { x: number; y: number }, b: { x: number; y: number }): number {
  return Math.hypot(b.x - a.x, b.y - a.y);
}
