/**
 * Whether an SVG's document type declares entities that are not safe to let the XML
 * parser expand: one built from other entities (each level multiplies what the last made:
 * "billion laughs"), one read from outside (SYSTEM or PUBLIC: a file or an address pulled
 * into the picture), a parameter entity, or plain ones used so often that they would
 * expand to more text than any plan holds; each only when the picture uses it.
 * Illustrator's entities (namespace addresses, each used once or twice) are plain text
 * and pass.
 */

/** Text the entities of one plan may expand to, all together: a plan's own text is far less. */
const MAX_EXPANDED = 1_000_000;

const DECLARATION = /<!ENTITY\s+(%\s*)?([^\s"'%>]+)\s*(SYSTEM|PUBLIC|"([^"]*)"|'([^']*)')/gi;

export function unsafeEntities(source: string): boolean {
  if (!/<!ENTITY/i.test(source)) return false;
  let expanded = 0;
  for (const match of source.matchAll(DECLARATION)) {
    const [, parameter, name = '', external, double, single] = match;
    // One never used does nothing (the doctype goes with the sanitising).
    const uses = source.split(`${parameter ? '%' : '&'}${name};`).length - 1;
    if (uses === 0) continue;
    const value = double ?? single;
    if (parameter || value === undefined || /^(SYSTEM|PUBLIC)$/i.test(external ?? '')) return true;
    if (/[&%]/.test(value)) return true;
    expanded += value.length * uses;
    if (expanded > MAX_EXPANDED) return true;
  }
  return false;
}
