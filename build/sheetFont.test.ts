import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cssPath, sheetFontCss } from './sheetFont.mjs';

describe('the printed sheets’ font CSS', () => {
  it('is what the installed font package makes (run `npm run fonts` after updating it)', () => {
    expect(readFileSync(cssPath, 'utf8')).toBe(sheetFontCss());
  });

  it('names woff2 files only, both weights, each piece with its Unicode range', () => {
    const css = sheetFontCss();
    expect(css).not.toMatch(/\.woff'/);
    expect(css.match(/font-weight: 400;/g)?.length).toBeGreaterThan(90);
    expect(css.match(/font-weight: 700;/g)?.length).toBe(css.match(/font-weight: 400;/g)?.length);
    expect(css).toMatch(/unicode-range: U\+0-ff|unicode-range: U\+0000-00ff/i);
  });

  it('reads the package’s CSS as it is written', () => {
    const css = sheetFontCss(
      (w) =>
        `@font-face {\n  font-family: 'Noto Sans SC';\n  font-weight: ${w};\n  src: url(./files/x-${w}.woff2) format('woff2'), url(./files/x-${w}.woff) format('woff');\n  unicode-range: U+4e00-4e01;\n}\n`,
    );
    expect(css).toContain(
      "src: url('../../../node_modules/@fontsource/noto-sans-sc/files/x-700.woff2') format('woff2');",
    );
    expect(css).toContain("font-family: 'Cordon Sans';");
  });
});
