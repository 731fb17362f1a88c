/**
 * Cleans an imported SVG plan before it is stored. The picture is shown through an
 * <img>/ImageOverlay (where scripts do not run anyway), but it is also saved, exported
 * and may be opened elsewhere, so anything active or reaching out is removed here.
 */

export type SvgRemoval = 'scripts' | 'event-handlers' | 'embedded-content' | 'external-links' | 'external-styles';

export type SanitizedSvg =
  | { ok: true; svg: string; width: number; height: number; removed: SvgRemoval[] }
  | { ok: false; reason: 'broken-svg' | 'no-size' };

const SVG_NS = 'http://www.w3.org/2000/svg';
const XLINK_NS = 'http://www.w3.org/1999/xlink';

/** Elements that run code or pull in other documents. */
const activeElements: Record<string, SvgRemoval> = {
  script: 'scripts',
  foreignobject: 'embedded-content',
  iframe: 'embedded-content',
  object: 'embedded-content',
  embed: 'embedded-content',
  handler: 'scripts',
  listener: 'scripts',
};

const isLocalRef = (value: string) => /^\s*#[^\s]*\s*$/.test(value);
const unsafeStyle = (css: string) => /@import|url\s*\(\s*(?!['"]?#)/i.test(css);

function cleanElement(el: Element, removed: Set<SvgRemoval>): void {
  for (const attr of [...el.attributes]) {
    const name = attr.localName.toLowerCase();
    if (name.startsWith('on')) {
      el.removeAttributeNode(attr);
      removed.add('event-handlers');
    } else if (name === 'href' && !isLocalRef(attr.value)) {
      el.removeAttributeNode(attr);
      removed.add('external-links');
    } else if (name === 'style' && unsafeStyle(attr.value)) {
      el.removeAttributeNode(attr);
      removed.add('external-styles');
    } else if (/url\s*\(/i.test(attr.value) && unsafeStyle(attr.value)) {
      // fill="url(http://…)" and the like: only references inside the picture stay.
      el.removeAttributeNode(attr);
      removed.add('external-links');
    }
  }
}

/** Size in plan units: the viewBox if there is one, else width and height (in px or bare numbers). */
function sizeOf(root: Element): { width: number; height: number } | null {
  const box = root
    .getAttribute('viewBox')
    ?.trim()
    .split(/[\s,]+/)
    .map(Number);
  if (box?.length === 4) {
    const [, , w = 0, h = 0] = box;
    if (w > 0 && h > 0) return { width: w, height: h };
  }
  const num = (v: string | null) => (v && /^\s*[\d.]+\s*(px)?\s*$/.test(v) ? Number.parseFloat(v) : Number.NaN);
  const width = num(root.getAttribute('width'));
  const height = num(root.getAttribute('height'));
  return width > 0 && height > 0 ? { width, height } : null;
}

export function sanitizeSvg(source: string): SanitizedSvg {
  const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
  const root = doc.documentElement;
  if (doc.getElementsByTagName('parsererror').length > 0 || root.localName !== 'svg' || root.namespaceURI !== SVG_NS) {
    return { ok: false, reason: 'broken-svg' };
  }
  const removed = new Set<SvgRemoval>();
  // Collected first: removing while walking a live list skips elements.
  for (const el of [...root.getElementsByTagName('*')]) {
    const kind = activeElements[el.localName.toLowerCase()];
    if (kind) {
      el.remove();
      removed.add(kind);
    } else if (el.localName === 'style' && unsafeStyle(el.textContent)) {
      el.remove();
      removed.add('external-styles');
    }
  }
  for (const el of [root, ...root.getElementsByTagName('*')]) cleanElement(el, removed);
  // A doctype can declare entities that expand outside the picture; the picture needs none.
  if (doc.doctype) doc.removeChild(doc.doctype);
  const size = sizeOf(root);
  if (!size) return { ok: false, reason: 'no-size' };
  if (!root.hasAttribute('viewBox')) root.setAttribute('viewBox', `0 0 ${size.width} ${size.height}`);
  // Fixed width and height so the browser decodes the picture at its plan size.
  root.setAttribute('width', String(size.width));
  root.setAttribute('height', String(size.height));
  root.removeAttributeNS(XLINK_NS, 'href');
  return { ok: true, svg: new XMLSerializer().serializeToString(doc), ...size, removed: [...removed] };
}
