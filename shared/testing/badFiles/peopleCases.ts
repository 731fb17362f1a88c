import { addCsvCases } from './peopleCsvCases';
import { addFileCases } from './peopleFileCases';
import { collector, type PeopleFile } from './peopleKit';
import { addXlsxCases } from './peopleXlsxCases';

export type { PeopleFile, PeopleReason } from './peopleKit';

/** Every bad people file: no list at all, then broken CSV, then broken xlsx. */
export function peopleCases(): PeopleFile[] {
  const c = collector();
  addFileCases(c);
  addCsvCases(c);
  addXlsxCases(c);
  return c.cases;
}
