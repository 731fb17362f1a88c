import { describe, expect, it } from 'vitest';
import type { LiveState } from './LiveReads';
import { LastShown } from './lastShown';

const loading: LiveState<string[]> = { data: undefined, loading: true, error: undefined };
const answered = (data: string[]): LiveState<string[]> => ({ data, loading: false, error: undefined });

describe('what a hook last showed', () => {
  it('is shown, marked loading, while the query for new arguments has not answered', () => {
    const shown = new LastShown<string[]>();
    const first = answered(['夜班']);
    expect(shown.view(first)).toBe(first);
    const held = shown.view(loading);
    expect(held).toEqual({ data: ['夜班'], loading: true, error: undefined });
    // The same object each time for the same state, as useSyncExternalStore needs.
    expect(shown.view(loading)).toBe(held);
    const next = answered(['早班']);
    expect(shown.view(next)).toBe(next);
    expect(shown.view(loading).data).toEqual(['早班']);
  });

  it('is nothing before the first answer', () => {
    expect(new LastShown<string[]>().view(loading)).toBe(loading);
  });

  it('gives way to an error', () => {
    const shown = new LastShown<string[]>();
    shown.view(answered(['夜班']));
    const failed: LiveState<string[]> = { data: undefined, loading: false, error: new Error('x') };
    expect(shown.view(failed)).toBe(failed);
  });
});
