import type { StaffingLevel } from '../../shared/rules/staffing';

/**
 * How a post is drawn by how it is staffed: full disc, half disc, empty dashed ring.
 * Told apart by shape and fill, so it reads in black and white too; colour only helps.
 */
const shapes: Record<StaffingLevel, { colour: string; body: string }> = {
  staffed: {
    colour: '#137333',
    body: '<circle cx="8" cy="8" r="6" fill="currentColor" stroke="#000" stroke-width="1.5"/>',
  },
  'below-minimum': {
    colour: '#b06000',
    body: '<circle cx="8" cy="8" r="6" fill="#fff" stroke="#000" stroke-width="1.5"/><path d="M8 2 A6 6 0 0 0 8 14 Z" fill="currentColor"/>',
  },
  unstaffed: {
    colour: '#b3261e',
    body: '<circle cx="8" cy="8" r="6" fill="#fff" stroke="currentColor" stroke-width="2" stroke-dasharray="3 2"/>',
  },
};

export function postSymbolMarkup(level: StaffingLevel, size: number): string {
  const s = shapes[level];
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16" width="${size}" height="${size}" style="color:${s.colour}" aria-hidden="true">${s.body}</svg>`;
}
