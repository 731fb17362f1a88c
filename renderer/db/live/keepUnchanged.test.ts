import { describe, expect, it } from 'vitest';
import { keepUnchanged } from './keepUnchanged';

const row = (id: string, state: string, x = 1) => ({ id, state, position: { x, y: 2 }, tags: ['a', 'b'] });

describe('keepUnchanged', () => {
  it('gives back the previous value when the new one holds the same data', () => {
    const prev = [row('e1', 'sealed'), row('e2', 'closed')];
    const next = structuredClone(prev);
    expect(keepUnchanged(prev, next)).toBe(prev);
  });

  it('keeps the unchanged rows and takes the changed one, in a new array', () => {
    const prev = [row('e1', 'sealed'), row('e2', 'closed'), row('e3', 'closed')];
    const next = structuredClone(prev);
    next[1] = { ...row('e2', 'controlledOpen') };
    const out = keepUnchanged(prev, next);
    expect(out).not.toBe(prev);
    expect(out).toEqual(next);
    expect(out[0]).toBe(prev[0]);
    expect(out[2]).toBe(prev[2]);
    expect(out[1]).not.toBe(prev[1]);
    // Inside a changed row, unchanged parts are kept too.
    expect(out[1]?.position).toBe(prev[1]?.position);
  });

  it('matches rows by id, so a row added or removed in the middle leaves the others as they were', () => {
    const prev = [row('a', 'sealed'), row('b', 'sealed'), row('c', 'sealed')];
    const added = keepUnchanged(prev, structuredClone([prev[0], row('new', 'closed'), prev[1], prev[2]]));
    expect(added).toHaveLength(4);
    expect(added[0]).toBe(prev[0]);
    expect(added[2]).toBe(prev[1]);
    expect(added[3]).toBe(prev[2]);
    const removed = keepUnchanged(prev, structuredClone([prev[0], prev[2]]));
    expect(removed).toEqual([prev[0], prev[2]]);
    expect(removed[1]).toBe(prev[2]);
    // The same ids in another order: a new array (the order is data), the same rows.
    const turned = keepUnchanged(prev, structuredClone([prev[2], prev[1], prev[0]]));
    expect(turned).not.toBe(prev);
    expect(turned[0]).toBe(prev[2]);
  });

  it('sees a nested change, an added or removed row, and an added or removed field', () => {
    const prev = [row('e1', 'sealed')];
    expect(keepUnchanged(prev, [row('e1', 'sealed', 5)])[0]).not.toBe(prev[0]);
    expect(keepUnchanged(prev, [row('e1', 'sealed'), row('e2', 'sealed')])).toHaveLength(2);
    expect(keepUnchanged(prev, [])).toEqual([]);
    const withNote = [{ ...row('e1', 'sealed'), note: undefined }];
    expect(keepUnchanged(prev, withNote)).not.toBe(prev);
    expect(keepUnchanged(withNote, [row('e1', 'sealed')])).not.toBe(withNote);
  });

  it('compares what is not plain data by reference', () => {
    const blob = new Blob(['x']);
    const prev = { plan: blob, at: new Date(5) };
    const same = { plan: blob, at: prev.at };
    expect(keepUnchanged(prev, same)).toBe(prev);
    const out = keepUnchanged(prev, { plan: new Blob(['x']), at: new Date(5) });
    expect(out.plan).not.toBe(blob);
    expect(out.at).not.toBe(prev.at);
  });

  it('takes undefined, null and a change of type as they come', () => {
    expect(keepUnchanged(undefined, [1])).toEqual([1]);
    expect(keepUnchanged([1], undefined)).toBeUndefined();
    expect(keepUnchanged({ a: 1 }, null)).toBeNull();
    expect(keepUnchanged([1], { 0: 1 })).toEqual({ 0: 1 });
    expect(keepUnchanged(Number.NaN, Number.NaN)).toBeNaN();
  });
});
