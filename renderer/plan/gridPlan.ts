/** A blank grid for a site that has no picture of its plan yet: a line every 10 m. */
export function gridPlanSvg(width: number, height: number, metresPerUnit: number): string {
  const step = 10 / metresPerUnit;
  const lines: string[] = [];
  for (let x = 0; x <= width; x += step) lines.push(`<line x1="${x}" y1="0" x2="${x}" y2="${height}"/>`);
  for (let y = 0; y <= height; y += step) lines.push(`<line x1="0" y1="${y}" x2="${width}" y2="${y}"/>`);
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}"><rect width="100%" height="100%" fill="#fafafa"/><g stroke="#d0d4d9" stroke-width="1">${lines.join('')}</g></svg>`;
}
