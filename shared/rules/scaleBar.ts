/**
 * The scale bar's length: the longest round distance (1, 2 or 5 × a power of ten
 * metres) that fits in `maxPixels` at the given metres per pixel.
 */
export function niceScale(metresPerPixel: number, maxPixels: number): { metres: number; pixels: number } {
  if (!(metresPerPixel > 0) || !(maxPixels > 0)) return { metres: 0, pixels: 0 };
  const maxMetres = metresPerPixel * maxPixels;
  const power = 10 ** Math.floor(Math.log10(maxMetres));
  const metres = [5, 2, 1].map((m) => m * power).find((m) => m <= maxMetres) ?? power;
  return { metres, pixels: Math.round(metres / metresPerPixel) };
}
