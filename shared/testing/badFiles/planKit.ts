import type { BadFile } from './types';

/**
 * What the bad plan pictures are made with. Their reasons are the plan importer's own
 * (shared/rules/planImage.ts and renderer/features/map/planImport/loadPlanPicture.ts).
 */
export type PlanReason =
  | 'empty'
  | 'not-an-image'
  | 'too-large-file'
  | 'too-many-pixels'
  | 'broken-image'
  | 'broken-svg'
  | 'unsafe-svg'
  | 'no-size';

export type PlanFile = BadFile<PlanReason>;

export const MB = 1024 * 1024;
export const SVG_NS = 'http://www.w3.org/2000/svg';
/** The demo plan's shape: a picture of it is fitted to the plan, so what is placed stays where it is. */
export const open = (more = '') =>
  `<svg xmlns="${SVG_NS}" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 1000 700"${more}>`;
export const frame = (label: string) =>
  `<rect x="10" y="10" width="980" height="680" fill="#eef" stroke="#226" stroke-width="12"/><text x="500" y="360" font-size="60" text-anchor="middle">${label}</text>`;
export const svg = (body: string, more = '', prologue = '') => `${prologue}${open(more)}${frame('plan')}${body}</svg>`;

/** Where the cases go. */
export interface PlanCollector {
  refused: (name: string, fileName: string, bytes: Uint8Array, reason: PlanReason) => void;
  /** A picture that is stored: with what it held taken out (cleaned) or as it is. */
  accepted: (name: string, fileName: string, bytes: Uint8Array, cleaned: boolean) => void;
}

export function collector(): PlanCollector & { cases: PlanFile[] } {
  const cases: PlanFile[] = [];
  return {
    cases,
    refused: (name, fileName, bytes, reason) => cases.push({ name, fileName, bytes, expect: 'refused', reason }),
    accepted: (name, fileName, bytes, cleaned) =>
      cases.push({ name, fileName, bytes, expect: 'accepted-as-text', adds: 1, shows: [], cleaned }),
  };
}
