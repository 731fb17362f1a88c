import { describe, expect, it } from 'vitest';
import { changedFields, entityLabel } from './auditDiff';

describe('changedFields', () => {
  it('lists only the fields that changed, ignoring ids', () => {
    expect(changedFields({ id: '1', name: '侧门', state: 'sealed', note: '' }, { id: '1', name: '侧门', state: 'controlled-open', note: '救护车' })).toEqual([
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
});
