import './sheetFont.css';

/** The printed sheets' family (sheetFont.css): bundled, so a sheet prints the same on any laptop, offline. */
export const SHEET_FONT = 'Cordon Sans';

/**
 * Waits until the sheet font has every glyph the page prints. The font comes in pieces by
 * Unicode range, each fetched when layout first needs one of its characters: laying the
 * page out now asks for the pieces its text needs, in the weights it is drawn in, and
 * `document.fonts.ready` waits for them. Text only the page margins show (`marginText`,
 * the running head) is laid out only when printing, too late, and would print in a
 * fallback font: its pieces are asked for here, in both weights.
 */
export async function loadSheetFont(marginText: string): Promise<void> {
  // Asking where the page ends makes the browser lay it out now, and so ask for its pieces.
  document.body.getBoundingClientRect();
  const sample = [...new Set(`${marginText}0123456789`)].join('');
  await Promise.all([
    document.fonts.load(`400 10pt "${SHEET_FONT}"`, sample),
    document.fonts.load(`700 10pt "${SHEET_FONT}"`, sample),
  ]);
  await document.fonts.ready;
}

/**
 * Starts fetching the pieces that `text` needs, both weights, without waiting: a print
 * route asks for its labels' pieces while the store opens and the sheet is read, rather
 * than after the sheet is drawn.
 */
export function preloadSheetFont(text: string): void {
  const sample = [...new Set(text)].join('');
  for (const weight of [400, 700]) {
    document.fonts.load(`${weight} 10pt "${SHEET_FONT}"`, sample).catch(() => undefined);
  }
}
