import { describe, expect, it } from 'vitest';
import type { Person } from '../../../../shared/domain';
import type { ProblemKind } from '../../../../shared/rules/shiftChecks';
import { pickerOptions } from './pickerOrder';

const person = (id: string, name: string, more: Partial<Person> = {}): Person => ({
  id,
  siteId: 's',
  name,
  phone: `1380000${id.length}`,
  unit: 'police',
  groupId: 'g1',
  role: '组员',
  reserve: false,
  notes: '',
  active: true,
  ...more,
});
const people = [
  person('a', '安静'),
  person('b', '白雪', { reserve: true }),
  person('c', '陈刚'),
  person('d', '邓丽', { active: false }),
  person('e', '鄂伟', { groupId: 'g2' }),
];
const reasons: Record<string, ProblemKind[]> = { a: ['short-rest'], b: ['reserve-call-up'] };
const reasonsOf = (id: string) => reasons[id] ?? [];
const groupName = (id: string | null) => (id === 'g2' ? '医疗服务组' : '秩序维护组');

describe('the picker’s options', () => {
  it('put the free first, then a notice only, then the rest, leaving out who is there or stood down', () => {
    const options = pickerOptions(people, '', new Set(['c']), reasonsOf, groupName);
    expect(options.map((o) => [o.person.id, o.reasons])).toEqual([
      ['e', []],
      ['b', ['reserve-call-up']],
      ['a', ['short-rest']],
    ]);
  });

  it('narrow by name, group or phone as typed, ignoring case and spaces around', () => {
    expect(pickerOptions(people, ' 医疗 ', new Set(), reasonsOf, groupName).map((o) => o.person.id)).toEqual(['e']);
    expect(pickerOptions(people, '陈', new Set(), reasonsOf, groupName).map((o) => o.person.id)).toEqual(['c']);
    expect(pickerOptions(people, '邓', new Set(), reasonsOf, groupName)).toEqual([]);
  });
});
