import { checkPixels, checkPlanImage, type PlanImageRefusal } from '../../../../shared/rules/planImage';
import { pngDataComplete } from './pngData';
import type { SvgRemoval } from './sanitizeSvg';

export interface PlanPicture {
  name: string;
  blob: Blob;
  mimeType: string;
  /** Pixels of a raster picture, viewBox units of an SVG. */
  width: number;
  height: number;
  removed: SvgRemoval[];
}

export type PlanPictureRefusal = PlanImageRefusal | 'no-size';
export type LoadedPlanPicture = { ok: true; picture: PlanPicture } | { ok: false; reason: PlanPictureRefusal };

/** Resolves when the browser can draw the picture: catches damage past the header. */
function decodes(blob: Blob): Promise<boolean> {
  const url = URL.createObjectURL(blob);
  const img = new Image();
  img.src = url;
  return img
    .decode()
    .then(
      () => true,
      () => false,
    )
    .finally(() => URL.revokeObjectURL(url));
}

/**
 * Turns a chosen file into a picture ready to store, or says why not. Checked from the
 * bytes (type, header size) before anything is decoded, so a 30000×30000 PNG is refused
 * without the browser ever allocating its pixels. Never throws: a picture that makes the
 * parser or the sanitiser fail is a damaged picture.
 */
export async function loadPlanPicture(name: string, bytes: Uint8Array): Promise<LoadedPlanPicture> {
  const check = checkPlanImage(bytes);
  if (!check.ok) return check;
  try {
    return await load(name, bytes, check);
  } catch {
    return { ok: false, reason: check.kind === 'svg' ? 'broken-svg' : 'broken-image' };
  }
}

async function load(
  name: string,
  bytes: Uint8Array,
  check: Extract<ReturnType<typeof checkPlanImage>, { ok: true }>,
): Promise<LoadedPlanPicture> {
  let picture: PlanPicture;
  if (check.kind === 'svg') {
    // Fetched when an SVG is chosen: the sanitiser and DOMPurify stay out of the map's own code.
    const { sanitizeSvg } = await import('./sanitizeSvg');
    const clean = sanitizeSvg(new TextDecoder('utf-8').decode(bytes));
    if (!clean.ok) return clean;
    const refusal = checkPixels(clean.width, clean.height);
    if (refusal) return { ok: false, reason: refusal };
    const blob = new Blob([clean.svg], { type: check.mimeType });
    picture = {
      name,
      blob,
      mimeType: check.mimeType,
      width: clean.width,
      height: clean.height,
      removed: clean.removed,
    };
  } else {
    if (check.kind === 'png' && !(await pngDataComplete(bytes))) return { ok: false, reason: 'broken-image' };
    // A copy: the blob must not share a buffer the host may reuse.
    const blob = new Blob([bytes.slice()], { type: check.mimeType });
    picture = { name, blob, mimeType: check.mimeType, width: check.width, height: check.height, removed: [] };
  }
  if (!(await decodes(picture.blob)))
    return { ok: false, reason: check.kind === 'svg' ? 'broken-svg' : 'broken-image' };
  return { ok: true, picture };
}
