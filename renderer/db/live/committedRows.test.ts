import { describe, expect, it } from 'vitest';
import { withCommitted } from './committedRows';

const a = { id: 'a', state: 'sealed' };
const b = { id: 'b', state: 'sealed' };
const c = { id: 'c', state: 'closed' };

describe('rows just committed, put in place', () => {
  it('replace the row with the same id, in its place, and keep the others as they were', () => {
    const list = [a, b, c];
    const bOpen = { id: 'b', state: 'controlled-open' };
    const out = withCommitted(list, new Map([['b', bOpen]]));
    expect(out).toEqual([a, bOpen, c]);
    expect(out[0]).toBe(a);
    expect(out[2]).toBe(c);
  });

  it('take a deleted row out', () => {
    expect(withCommitted([a, b, c], new Map([['a', null]]))).toEqual([b, c]);
  });

  it('hand back the same answer when it lists none of the rows, or is not a list of rows', () => {
    const list = [a, c];
    expect(withCommitted(list, new Map([['b', { id: 'b' }]]))).toBe(list);
    const derived = { shift: { id: 'b' }, leader: null };
    expect(withCommitted(derived, new Map([['b', { id: 'b', x: 1 }]]))).toBe(derived);
    // An audit row's before and after are history: never replaced.
    const audit = [{ seq: 1, before: a, after: { ...a, state: 'closed' } }];
    expect(withCommitted(audit, new Map([['a', { id: 'a', state: 'open' }]]))).toBe(audit);
  });
});
