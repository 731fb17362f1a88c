import DOMPurify, { type Config, type RemovedAttribute, type RemovedElement } from 'dompurify';
import { unsafeEntities } from './svgEntities';
import { cssReachesOut, isLocalReference } from './svgReferences';

/**
 * Cleans an imported SVG plan before it is stored. The picture is shown through an
 * <img>/ImageOverlay (where scripts do not run anyway), but it is also saved, exported
 * and may be opened elsewhere, so anything active or reaching out is removed here.
 * What stays is what DOMPurify's SVG allow-list knows, with every reference local.
 */

export type SvgRemoval = 'scripts' | 'event-handlers' | 'embedded-content' | 'external-links' | 'external-styles';

export type SanitizedSvg =
  | { ok: true; svg: string; width: number; height: number; removed: SvgRemoval[] }
  | { ok: false; reason: 'broken-svg' | 'no-size' | 'unsafe-svg' };

const SVG_NS = 'http://www.w3.org/2000/svg';
const XLINK_NS = 'http://www.w3.org/1999/xlink';
/** Namespaces whose elements a browser draws or runs; others (an editor's own metadata, or none at all) are inert. */
const liveNamespaces = new Set<string | null>([
  SVG_NS,
  'http://www.w3.org/1999/xhtml',
  'http://www.w3.org/1998/Math/MathML',
]);

/** Animations go whole: a static plan has no use for them, and they change attributes after any check. */
const animations = ['animate', 'animatecolor', 'animatemotion', 'animatetransform', 'discard', 'set'];

const config = {
  IN_PLACE: true,
  USE_PROFILES: { svg: true, svgFilters: true },
  // The profile leaves `use` out for its external references; with only `#id` kept, it repeats a symbol.
  ADD_TAGS: ['use'],
  FORBID_TAGS: animations,
  // The plan is a file of its own, shown through <img> and never put into a page, so an id
  // cannot clobber a page's globals: `id="title"` stays with what refers to it.
  SANITIZE_DOM: false,
} satisfies Config;

/** What a removed element was, by name; any other live element removed was foreign content. */
const elementKinds: Record<string, SvgRemoval> = {
  script: 'scripts',
  handler: 'scripts',
  listener: 'scripts',
  style: 'external-styles',
  ...Object.fromEntries(animations.map((name) => [name, 'scripts' as const])),
};

/** What DOMPurify took out, as the dialog reports it; null for what never draws or runs. */
function kindOf(entry: RemovedElement | RemovedAttribute): SvgRemoval | null {
  if ('element' in entry) {
    const node = entry.element;
    if (node instanceof ProcessingInstruction) return node.target === 'xml-stylesheet' ? 'external-styles' : null;
    if (!(node instanceof Element) || !liveNamespaces.has(node.namespaceURI)) return null;
    return elementKinds[node.localName.toLowerCase()] ?? 'embedded-content';
  }
  const attr = entry.attribute;
  // Namespace declarations and an editor's own attributes (inkscape:, sodipodi:) do nothing.
  if (!attr || (attr.namespaceURI !== null && attr.namespaceURI !== XLINK_NS)) return null;
  const name = attr.localName.toLowerCase();
  if (name.startsWith('on')) return 'event-handlers';
  if (name === 'href') return 'external-links';
  if (name === 'style') return 'external-styles';
  if (name === 'attributename' || /javascript:/i.test(attr.value)) return 'scripts';
  // Any other attribute SVG does not know (Illustrator's enable-background) is only trimmed.
  return cssReachesOut(attr.value) ? 'external-links' : null;
}

/** DOMPurify walks the root only: the doctype, processing instructions and comments around it go here. */
function dropPrologue(doc: Document): SvgRemoval[] {
  const removed: SvgRemoval[] = [];
  for (const node of [...doc.childNodes]) {
    if (node === doc.documentElement) continue;
    // <?xml-stylesheet?> is the one processing instruction a browser acts on: it fetches the sheet.
    if (node instanceof ProcessingInstruction && node.target === 'xml-stylesheet') removed.push('external-styles');
    doc.removeChild(node);
  }
  return removed;
}

/** DOMPurify drops CDATA sections; their text (CSS, as CAD programs write it) stays as plain text. */
function keepCdataAsText(node: Node): void {
  for (const child of [...node.childNodes]) {
    if (child instanceof CDATASection) child.replaceWith(child.data);
    else keepCdataAsText(child);
  }
}

/** Cleans the tree in place; returns what was removed, by kind. */
function purify(root: Element): SvgRemoval[] {
  // A sanitiser of its own per run: its hooks hold this run's findings and go with it.
  const purifier = DOMPurify(window);
  const removed = new Set<SvgRemoval>();
  purifier.addHook('uponSanitizeElement', (node, event) => {
    if (event.tagName === 'style' && cssReachesOut(node.textContent ?? '')) {
      node.parentNode?.removeChild(node);
      removed.add('external-styles');
    }
  });
  purifier.addHook('uponSanitizeAttribute', (_element, event) => {
    const link = event.attrName === 'href' || event.attrName.endsWith(':href');
    if (link ? !isLocalReference(event.attrValue) : cssReachesOut(event.attrValue)) event.keepAttr = false;
  });
  purifier.sanitize(root, config);
  for (const entry of purifier.removed) {
    const kind = kindOf(entry);
    if (kind) removed.add(kind);
  }
  return [...removed];
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
  // Before the parser sees them: it would expand the entities while parsing.
  if (unsafeEntities(source)) return { ok: false, reason: 'unsafe-svg' };
  const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
  const root = doc.documentElement;
  if (doc.getElementsByTagName('parsererror').length > 0 || root.localName !== 'svg' || root.namespaceURI !== SVG_NS) {
    return { ok: false, reason: 'broken-svg' };
  }
  const removed = new Set(dropPrologue(doc));
  keepCdataAsText(root);
  try {
    for (const kind of purify(root)) removed.add(kind);
  } catch {
    // DOMPurify throws rather than hand back a tree it could not make safe: not offered.
    return { ok: false, reason: 'broken-svg' };
  }
  const size = sizeOf(root);
  if (!size) return { ok: false, reason: 'no-size' };
  if (!root.hasAttribute('viewBox')) root.setAttribute('viewBox', `0 0 ${size.width} ${size.height}`);
  // Fixed width and height so the browser decodes the picture at its plan size.
  root.setAttribute('width', String(size.width));
  root.setAttribute('height', String(size.height));
  return { ok: true, svg: new XMLSerializer().serializeToString(doc), ...size, removed: [...removed] };
}
