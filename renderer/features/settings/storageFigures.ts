/**
 * What the storage panel says about the browser's estimate, worked out apart from the
 * screen: the share of the quota used, whether that is near the end, whether the quota
 * is the browser's fixed figure, and sizes in words of the UI's locale.
 */

/** Past this share of the quota the panel asks for room to be made before saves start failing. */
export const NEARLY_FULL = 0.8;

/**
 * Chromium reports the quota as the space used plus exactly 10 GiB (its StaticStorageQuota
 * feature, against fingerprinting), whatever room the disk has: said as such, the figure
 * misleads nobody into thinking the room is there.
 */
const CHROMIUM_REPORTED_HEADROOM = 10 * 1024 ** 3;

export interface StorageFigures {
  /** Used over quota, 0 to 1 (more than 1 only if the browser lets usage pass its quota). */
  share: number;
  nearlyFull: boolean;
  /** The quota is the browser's fixed figure, not a limit worked out from the disk. */
  fixedQuota: boolean;
}

export function storageFigures(usage: number, quota: number): StorageFigures {
  const share = quota > 0 ? usage / quota : 1;
  return {
    share,
    nearlyFull: share > NEARLY_FULL,
    fixedQuota: quota - usage === CHROMIUM_REPORTED_HEADROOM,
  };
}

/**
 * Units of 1,000 bytes, as Intl names them ("kB", "MB", "GB") and as disks are sold:
 * Intl's units are decimal, and a size said in them must be counted the same way.
 */
const UNITS = [
  { unit: 'gigabyte', bytes: 1e9 },
  { unit: 'megabyte', bytes: 1e6 },
  { unit: 'kilobyte', bytes: 1e3 },
] as const;

const sizeFormats = new Map<string, Intl.NumberFormat>();
function sizeFormat(locale: string, unit: string): Intl.NumberFormat {
  const key = `${locale}|${unit}`;
  let f = sizeFormats.get(key);
  if (!f) {
    // Three figures at most: 373 kB, 5.62 MB, 10.7 GB.
    f = new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'short', maximumSignificantDigits: 3 });
    sizeFormats.set(key, f);
  }
  return f;
}

/** A size in the largest unit it has one of (kB at the least), in the UI's locale. */
export function formatBytes(bytes: number, locale: string): string {
  const { unit, bytes: size } = UNITS.find((u) => bytes >= u.bytes) ?? UNITS[2];
  return sizeFormat(locale, unit).format(bytes / size);
}

const percentFormats = new Map<string, Intl.NumberFormat>();
/** A share as a whole percentage in the UI's locale ("83%"). */
export function formatShare(share: number, locale: string): string {
  let f = percentFormats.get(locale);
  if (!f) {
    f = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
    percentFormats.set(locale, f);
  }
  return f.format(share);
}
