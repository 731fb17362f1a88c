import { afterEach, describe, expect, it, vi } from 'vitest';
import { systemClock } from './clock';

describe('systemClock', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('tells the time of the system', () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2021-03-28T00:30:00.000Z'));
    expect(systemClock.now()).toBe(1_616_891_400_000);
  });
});
