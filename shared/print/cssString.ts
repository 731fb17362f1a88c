/**
 * Text as a CSS string token, for the sheet's page header and footer: they are drawn in
 * `@page` margin boxes from custom properties (`content: var(--sheet-top-left)`), and a
 * site or person name is data, so a quote, a backslash or a line break in it must not end
 * the string or break the rule.
 */
export function cssString(text: string): string {
  const escaped = text
    .replace(/\\/g, '\\\\')
    .replace(/"/g, '\\"')
    // A line break is the escape \A; the trailing space ends the escape before a hex digit.
    .replace(/\r\n|[\r\n\f]/g, '\\A ')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000b\u000e-\u001f\u007f]/g, '');
  return `"${escaped}"`;
}
