import { describe, expect, it } from 'vitest';
import { assignmentSchema, groupSchema, personSchema, postSchema, shiftSchema, siteSchema } from '..';
import { assignmentRow, groupRow, personRow, postRow, shiftRow, siteRow } from './rows';

describe('the test row builders', () => {
  // A default that drifts from its schema would make every test built on it test a row
  // the app can never store.
  it.each([
    ['personRow', personSchema, () => personRow('p1', '张三')],
    ['groupRow', groupSchema, () => groupRow('g1', '一组')],
    ['postRow', postSchema, () => postRow('post1', 0)],
    ['shiftRow', shiftSchema, () => shiftRow('sh1', 1_764_288_000_000, 1_764_316_800_000)],
    ['assignmentRow', assignmentSchema, () => assignmentRow('a1', 'sh1', 'post1', 'p1')],
    ['siteRow', siteSchema, () => siteRow()],
  ] as const)('%s makes a row its schema reads back unchanged', (_, schema, build) => {
    const row = build();
    expect(schema.parse(row)).toEqual(row);
  });

  it('lets overrides replace the defaults', () => {
    expect(personRow('p2', '李四', { unit: 'medical', active: false })).toEqual({
      id: 'p2',
      siteId: 's1',
      name: '李四',
      phone: '',
      unit: 'medical',
      groupId: null,
      role: '',
      reserve: false,
      notes: '',
      active: false,
    });
  });
});
