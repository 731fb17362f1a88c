import { addFileCases } from './planFileCases';
import { collector, type PlanFile } from './planKit';
import { addRasterCases } from './planRasterCases';
import { addSvgCases } from './planSvgCases';

export type { PlanFile, PlanReason } from './planKit';

/** Every bad plan picture: no picture at all, then broken PNG and JPEG, then broken or active SVG. */
export function planCases(): PlanFile[] {
  const c = collector();
  addFileCases(c);
  addRasterCases(c);
  addSvgCases(c);
  return c.cases;
}
