import type { Plan } from '../../shared/domain';
import { useImportedPlanUrl } from './useImportedPlanUrl';
import { drawnPlanUrl } from './drawnPlanUrl';

/** The URL of the site's plan picture: drawn plans at once, imported ones once read from the store. */
export function usePlanUrl(plan: Plan | undefined): string | null {
  const imported = useImportedPlanUrl(plan?.kind === 'image' ? plan.blobKey : null);
  if (!plan) return null;
  return plan.kind === 'image' ? imported : drawnPlanUrl(plan);
}
