export const cssPath: string;
export function sheetFontCss(readCss?: (weight: number) => string): string;
