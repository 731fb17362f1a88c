import { describe, expect, it } from 'vitest';
import { changedFields, entityLabel } from './auditDiff';

describe('changedFields', () => {
  it('lists only the fields that changed, ignoring ids', () => {
    expect(
      changedFields(
        { id: '1', name: '侧门', state: 'sealed', note: '' },
        { id: '1', name: '侧门', state: 'controlled-open', note: '救护车' },
      ),
    ).toEqual([
      { field: 'note', before: '', after: '救护车' },
      { field: 'state', before: 'sealed', after: 'controlled-open' },
    ]);
  });
  it('shows a creation and a deletion against nothing', () => {
    expect(changedFields(null, { name: 'x' })).toEqual([{ field: 'name', before: '', after: 'x' }]);
    expect(changedFields({ name: 'x' }, null)).toEqual([{ field: 'name', before: 'x', after: '' }]);
  });
  it('compares nested values by content and shortens long ones', () => {
    expect(changedFields({ p: { x: 1 } }, { p: { x: 1 } })).toEqual([]);
    const long = { p: 'a'.repeat(200) };
    expect(changedFields({}, { q: long })[0]?.after.length).toBe(80);
  });
});

describe('entityLabel', () => {
  it('prefers the newer name, then title or label', () => {
    expect(entityLabel({ name: 'old' }, { name: 'new' })).toBe('new');
    expect(entityLabel({ title: 't' }, null)).toBe('t');
    expect(entityLabel(null, 5)).toBeNull();
  });

  it('shows places and shapes on the plan as rounded plan coordinates', () => {
    expect(changedFields({ position: { x: 12.44, y: 7.6 } }, { position: { x: 40, y: 7.6 } })).toEqual([
      { field: 'position', before: '(12.4, 7.6)', after: '(40, 7.6)' },
    ]);
    // Half a unit, as one arrow key at the closest zoom moves a marker.
    expect(changedFields({ position: { x: 10, y: 10 } }, { position: { x: 10.5, y: 10 } })).toEqual([
      { field: 'position', before: '(10, 10)', after: '(10.5, 10)' },
    ]);
    const line = (...ys: number[]) => ({ type: 'line', points: ys.map((y, i) => ({ x: i * 10, y })) });
    // A short line in full: a moved middle vertex shows.
    expect(changedFields({ geometry: line(0, 0, 0) }, { geometry: line(0, 25, 0) })).toEqual([
      { field: 'geometry', before: '(0, 0)–(10, 0)–(20, 0)', after: '(0, 0)–(10, 25)–(20, 0)' },
    ]);
    expect(
      changedFields({ geometry: line(1, 2, 3, 4, 5, 6, 7, 8) }, { geometry: { type: 'point', at: { x: 3, y: 4 } } }),
    ).toEqual([{ field: 'geometry', before: '(0, 1)–·····–(70, 8)', after: '(3, 4)' }]);
    // A long line with a middle point moved: its ends read the same, so the moved point is named.
    expect(changedFields({ geometry: line(1, 2, 3, 4, 5, 6) }, { geometry: line(1, 2, 3, 40, 5, 6) })).toEqual([
      { field: 'geometry', before: '#4 (30, 4)', after: '#4 (30, 40)' },
    ]);
  });
});
