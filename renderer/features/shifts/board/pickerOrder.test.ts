import { describe, expect, it } from 'vitest';
import type { Person } from '../../../../shared/domain';
import { personRow } from '../../../../shared/domain/testing/rows';
import type { ProblemKind } from '../../../../shared/rules/shiftChecks';
import { pickerOptions } from './pickerOrder';

const person = (id: string, name: string, more: Partial<Person> = {}) =>
  personRow(id, name, { phone: `1380000${id.length}`, groupId: 'g1', role: '组员', ...more });
const people = [
  person('a', '安静'),
  person('b', '白雪', { reserve: true }),
  person('c', '陈刚'),
  person('d', '邓丽', { active: false }),
  person('e', '鄂伟', { groupId: 'g2' }),
  person('f', '范军'),
];
const reasons: Record<string, ProblemKind[]> = { a: ['short-rest'], b: ['reserve-call-up'] };
const reasonsOf = (id: string) => reasons[id] ?? [];
const group = (id: string | null) =>
  id === 'g2' ? { name: '核酸检测组', side: 'inside' as const } : { name: '秩序维护组', side: 'outside' as const };

describe('the picker’s options', () => {
  it('put the free first (outside the wall before inside), then a notice only, then the rest, leaving out who is there or stood down', () => {
    const options = pickerOptions(people, '', new Set(['c']), reasonsOf, group);
    expect(options.map((o) => [o.person.id, o.reasons])).toEqual([
      ['f', []],
      ['e', []],
      ['b', ['reserve-call-up']],
      ['a', ['short-rest']],
    ]);
  });

  it('narrow by name, group or phone as typed, ignoring case and spaces around', () => {
    expect(pickerOptions(people, ' 检测 ', new Set(), reasonsOf, group).map((o) => o.person.id)).toEqual(['e']);
    expect(pickerOptions(people, '陈', new Set(), reasonsOf, group).map((o) => o.person.id)).toEqual(['c']);
    expect(pickerOptions(people, '邓', new Set(), reasonsOf, group)).toEqual([]);
  });
});
