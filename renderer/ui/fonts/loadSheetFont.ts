import './sheetFont.css';

/** The printed sheets' family (sheetFont.css): bundled, so a sheet prints the same on any laptop, offline. */
export const SHEET_FONT = 'Cordon Sans';

/**
 * Loads the pieces of the sheet font that `text` needs, both weights, and waits for every
 * font the page asked for. The font comes in pieces by Unicode range, loaded when layout
 * first needs a character; text that only the page margins show (the running head) is not
 * laid out until printing, too late, and would print in a fallback font.
 */
export async function loadSheetFont(text: string): Promise<void> {
  const sample = [...new Set(text)].join('');
  await Promise.all([
    document.fonts.load(`400 10pt "${SHEET_FONT}"`, sample),
    document.fonts.load(`700 10pt "${SHEET_FONT}"`, sample),
  ]);
  await document.fonts.ready;
}
