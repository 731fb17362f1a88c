import { describe, expect, it } from 'vitest';
import { entranceKinds } from '../domain/entranceValues';
import { offPlanState } from './entrancePlan';

describe('offPlanState', () => {
  it('wants the passage controlled-open and says so when it is in any other state', () => {
    expect(offPlanState('passage', 'controlled-open')).toBeNull();
    for (const state of ['sealed', 'closed', 'emergency-only'] as const) {
      expect(offPlanState('passage', state), state).toBe('controlled-open');
    }
  });

  it('wants every other entrance shut, sealed or closed, and flags it open or on emergency use', () => {
    for (const kind of entranceKinds.filter((k) => k !== 'passage')) {
      expect(offPlanState(kind, 'sealed'), kind).toBeNull();
      expect(offPlanState(kind, 'closed'), kind).toBeNull();
      expect(offPlanState(kind, 'controlled-open'), kind).toBe('sealed');
      expect(offPlanState(kind, 'emergency-only'), kind).toBe('sealed');
    }
  });
});
