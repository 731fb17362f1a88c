import type { EntranceKind, EntranceState } from '../domain/entranceValues';

/**
 * The state a closure asks of an entrance: one controlled passage open, everything else
 * shut (sealed or closed). An entrance found in another state (a doorway opened for an
 * ambulance and not sealed again, the passage shut) is shown on the wall as off its plan;
 * null when it is where the plan wants it.
 */
export function offPlanState(kind: EntranceKind, state: EntranceState): EntranceState | null {
  if (kind === 'passage') return state === 'controlled-open' ? null : 'controlled-open';
  return state === 'sealed' || state === 'closed' ? null : 'sealed';
}
