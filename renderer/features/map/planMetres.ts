import type { Plan } from '../../../shared/domain';

/** Metres per plan unit, or null for an imported picture whose scale is not set yet. */
export function planMetresPerUnit(plan: Plan): number | null {
  return plan.metresPerUnit;
}
