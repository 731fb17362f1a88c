import { peopleCases } from './peopleCases';
import { planCases } from './planCases';

/**
 * Malformed inputs for every importer, made from seeds and by hand (no file is kept in
 * the repo): each a named case with the outcome the importer must give. Made afresh on
 * each call; the same bytes every time.
 *
 * To add an importer: write `<kind>Cases()` returning `BadFile<YourReason>[]` and list it
 * here; the harness (e2e/support/badFiles.ts) needs a driver for it, see `ImporterKind`.
 */
export const importerCases = {
  people: peopleCases,
  plan: planCases,
} as const;

export type ImporterName = keyof typeof importerCases;

// The pieces the cases are made of, for another importer's cases.
export { concat, flip, latin1, repeat, utf8 } from './bytes';
export { randomBytes, randomText } from './random';
export { writeZip, type ZipEntry, type ZipLayout } from './zip';
export { RAN_FLAG, type AcceptedFile, type BadFile, type Outcome, type RefusedFile } from './types';
export type { PeopleFile, PeopleReason } from './peopleCases';
export type { PlanFile, PlanReason } from './planCases';
