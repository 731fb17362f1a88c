import { describe, expect, it } from 'vitest';
import { entranceStates } from '../domain/entranceValues';
import { offPlanState } from './entrancePlan';

describe('offPlanState', () => {
  it('wants the passage controlled-open and says so when it is in any other state', () => {
    expect(offPlanState('passage', 'controlled-open')).toBeNull();
    for (const state of ['sealed', 'closed', 'emergency-only'] as const) {
      expect(offPlanState('passage', state), state).toBe('controlled-open');
    }
  });

  it('wants side gates and street doorways shut: sealed, closed or for emergencies only, never open', () => {
    for (const kind of ['side-gate', 'street-doorway'] as const) {
      for (const state of ['sealed', 'closed', 'emergency-only'] as const)
        expect(offPlanState(kind, state), state).toBeNull();
      expect(offPlanState(kind, 'controlled-open'), kind).toBe('sealed');
    }
  });

  it('judges no gate: it may be the controlled way in, or shut', () => {
    for (const state of entranceStates) expect(offPlanState('gate', state), state).toBeNull();
  });
});
