import type { EntranceKind, EntranceState } from '../domain/entranceValues';

/**
 * The state a closure asks of an entrance, when it is in another: the passage kept under
 * control (controlled-open); side gates and street doorways shut (sealed, closed, or kept
 * for emergencies only). A doorway opened for an ambulance and not sealed again, or the
 * passage shut, is off its plan and shown so on the wall. A gate may be a site's
 * controlled way in or shut, so none is judged; null when the entrance is where the plan
 * wants it. Sites do not store a planned state per entrance yet: this is the plan every
 * closed compound follows.
 */
export function offPlanState(kind: EntranceKind, state: EntranceState): EntranceState | null {
  switch (kind) {
    case 'passage':
      return state === 'controlled-open' ? null : 'controlled-open';
    case 'gate':
      return null;
    case 'side-gate':
    case 'street-doorway':
      return state === 'controlled-open' ? 'sealed' : null;
  }
}
