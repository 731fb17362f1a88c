import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { screenshotDir } from './screenshots';

/** Where the specs keep the PDFs they print, beside the screenshots: e2e/.artifacts/sheets/. */
export const sheetDir = join(screenshotDir, '..', 'sheets');

/**
 * Prints a print route that has signalled ready as the hosts do (A4, the page's own
 * @page size and margins, backgrounds), keeps the PDF and returns its path.
 */
export async function printToPdf(page: Page, name: string): Promise<string> {
  await page.locator('html[data-print-ready="true"]').waitFor({ state: 'attached', timeout: 30_000 });
  const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true });
  mkdirSync(sheetDir, { recursive: true });
  const path = join(sheetDir, `${name}.pdf`);
  writeFileSync(path, pdf);
  return path;
}

/** The text of each page, laid out as printed (`pdftotext -layout`). */
export function pdfPages(path: string): string[] {
  const text = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
  const pages = text.split('\f');
  // pdftotext ends the last page with a form feed too.
  if (pages.at(-1)?.trim() === '') pages.pop();
  return pages;
}

/** Every font in the PDF: its type and whether it is embedded (`pdffonts`). */
export function pdfFonts(path: string): { name: string; type: string; embedded: boolean }[] {
  const lines = execFileSync('pdffonts', [path], { encoding: 'utf8' }).split('\n').slice(2);
  return lines
    .filter((l) => l.trim() !== '')
    .map((l) => {
      // name, then the type (one or two words), encoding, then emb sub uni yes/no columns.
      const m =
        /^(\S+)\s+(Type 3|CID TrueType|CID Type 0C?|TrueType|Type 1C?|Type 0)\s+\S+\s+(yes|no)\s+(yes|no)\s+(yes|no)/.exec(
          l,
        );
      return { name: m?.[1] ?? l, type: m?.[2] ?? 'unknown', embedded: m?.[3] === 'yes' };
    });
}

/** Page size in points and page count (`pdfinfo`). */
export function pdfInfo(path: string): { pages: number; width: number; height: number } {
  const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
  const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? 0);
  const size = /Page size:\s+([\d.]+) x ([\d.]+)/.exec(info);
  return { pages, width: Number(size?.[1] ?? 0), height: Number(size?.[2] ?? 0) };
}

/** Each page (the first `last` only, if given) as a PNG at 100% (96 dpi) beside the screenshots, for people to look at. */
export function keepPages(path: string, name: string, last?: number): void {
  mkdirSync(screenshotDir, { recursive: true });
  const range = last === undefined ? [] : ['-l', String(last)];
  execFileSync('pdftoppm', ['-png', '-r', '96', ...range, path, join(screenshotDir, name)]);
}
