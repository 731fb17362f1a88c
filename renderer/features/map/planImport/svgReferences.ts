/**
 * Whether a reference or a piece of CSS in an imported SVG stays inside the picture.
 * Only `#id` references are local: anything else (http:, file:, data:, a relative path)
 * makes the stored plan load something when it is opened on its own.
 */

/** `#id`, with nothing in front that would make it a path or an address. */
export const isLocalReference = (value: string): boolean => /^\s*#\S*\s*$/.test(value);

/** CSS with its escapes resolved (`\75 rl(` reads `url(`): for checking only, never written back. */
function unescapeCss(css: string): string {
  return css.replace(
    /\\(?:([0-9a-fA-F]{1,6})\s?|([\s\S]))/g,
    (_, hex: string | undefined, char: string | undefined) => {
      if (hex === undefined) return char ?? '';
      const code = Number.parseInt(hex, 16);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '\uFFFD';
    },
  );
}

/** What loads from a plain string, without `url()`: imports, image sets and `src()`. */
const loadsFromString = /@import|image-set\s*\(|\bsrc\s*\(/i;

/**
 * Whether CSS (a style sheet, a style attribute, or a presentation attribute such as
 * `fill`) loads anything from outside the picture: an import, an image set, or a `url()`
 * whose target is not `#id`. Comments are not skipped: inside an unquoted `url()`, CSS
 * reads a comment as part of a path, so one in front of `#id` makes it a path too.
 */
export function cssReachesOut(css: string): boolean {
  const plain = unescapeCss(css);
  if (loadsFromString.test(plain)) return true;
  for (const [, first] of plain.matchAll(/url\s*\(\s*['"]?\s*(.?)/gi)) if (first !== '#') return true;
  return false;
}
