/**
 * Spreadsheet cells that a spreadsheet would run as a formula (CSV or formula injection).
 *
 * On the way out, every text cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage
 * return gets a leading apostrophe, in CSV and xlsx alike: Excel and WPS then show it as
 * text. Phones are treated the same: `+86 138 0013 8000` is written `'+86 138 0013 8000`.
 *
 * On the way in, an apostrophe followed by one of those characters is taken as that mark
 * and dropped, so an exported list reads back as it was: the phone above is `+86 138 0013
 * 8000` again, a valid phone. What is left is then checked: a cell that still starts with
 * `=` or `@` (or a tab or carriage return), or with `+`/`-` followed by anything other
 * than a number or a phone, is a formula and its row is refused. A lone `-` (a blank
 * many sheets use) and `+86 …` pass.
 */

const RISKY_START = /^[=+\-@\t\r]/;
const MARKED = /^'(?=[=+\-@\t\r])/;
const NUMBER_LIKE = /^[+-][\d\s().+-]*$/;

/** The cell as it is written to a file: text that would run as a formula gets a leading apostrophe. */
export function neutraliseCell(value: string): string {
  return RISKY_START.test(value) ? `'${value}` : value;
}

/** A cell as read from a file: the export's apostrophe mark taken off. */
export function unmarkCell(value: string): string {
  return value.replace(MARKED, '');
}

/** Whether a cell (already unmarked) would run as a formula in a spreadsheet. */
export function looksLikeFormula(value: string): boolean {
  if (!RISKY_START.test(value)) return false;
  return !NUMBER_LIKE.test(value);
}
