import { describe, expect, it } from 'vitest';
import type { Group, Person, PersonUnit } from '../../../../shared/domain';
import { assignmentRow, groupRow, personRow } from '../../../../shared/domain/testing/rows';
import { checkedInNow, filterPeople, noFilter, searchRows, type PeopleFilter } from './peopleFilter';

const group = (id: string, name: string, side: Group['side']) => groupRow(id, name, { side });
const groups = new Map<string, Group>([
  ['g-order', group('g-order', '秩序维护组', 'outside')],
  ['g-test', group('g-test', '核酸检测组', 'inside')],
  ['g-res', group('g-res', '预备队', 'reserve')],
]);

const person = (id: string, name: string, more: Partial<Person> = {}) =>
  personRow(id, name, { unit: 'volunteer', ...more });
const people: Person[] = [
  person('p1', '王建国', { phone: '138-0013 8001', unit: 'police', groupId: 'g-order', role: '组长' }),
  person('p2', '李秀英', { phone: '139 0000 0002', unit: 'security-company', groupId: 'g-order' }),
  person('p3', '张伟', { unit: 'volunteer', groupId: 'g-test' }),
  person('p4', '刘洋', { unit: 'town-office', groupId: 'g-res', reserve: true }),
  person('p5', '陈静', { unit: 'medical', active: false }),
  person('p6', 'Anna Berg', { unit: 'other' }),
];
const units: Record<PersonUnit, string> = {
  police: '公安',
  'city-management': '城管',
  'town-office': '街镇',
  'security-company': '保安公司',
  'property-staff': '物业',
  medical: '医务',
  volunteer: '志愿者',
  other: '其他',
};

const ids = (filter: Partial<PeopleFilter>, onDuty: string[] = []) =>
  filterPeople(
    searchRows(people, groups, (u) => units[u]),
    { ...noFilter, ...filter },
    groups,
    new Set(onDuty),
  ).map((p) => p.id);

describe('filterPeople', () => {
  it('shows everyone on the roll, in the order given, and hides the stood down', () => {
    expect(ids({})).toEqual(['p1', 'p2', 'p3', 'p4', 'p6']);
    expect(ids({ status: 'stood-down' })).toEqual(['p5']);
    expect(ids({ status: 'all' })).toEqual(['p1', 'p2', 'p3', 'p4', 'p5', 'p6']);
  });

  it.each([
    ['a name', '秀英', ['p2']],
    ['a phone as typed', '0013 8001', ['p1']],
    ['a phone as bare digits', '13800138001', ['p1']],
    ['the middle of a phone', '0000', ['p2']],
    ['a unit by its label', '公安', ['p1']],
    ['a group by its name', '核酸', ['p3']],
    ['a role', '组长', ['p1']],
    ['Latin letters in any case', 'aNNa', ['p6']],
    ['two words, both needed', '秩序 保安', ['p2']],
    ['spaces around the words', '  张伟  ', ['p3']],
    ['nothing that matches', '赵', []],
  ])('finds by %s', (_, text, expected) => {
    expect(ids({ text })).toEqual(expected);
  });

  it('does not find the stood down by search unless their status is shown', () => {
    expect(ids({ text: '陈静' })).toEqual([]);
    expect(ids({ text: '陈静', status: 'all' })).toEqual(['p5']);
  });

  it('filters by group, and by no group', () => {
    expect(ids({ group: 'g-order' })).toEqual(['p1', 'p2']);
    expect(ids({ group: 'none' })).toEqual(['p6']);
    expect(ids({ group: 'none', status: 'all' })).toEqual(['p5', 'p6']);
  });

  it('filters by unit', () => {
    expect(ids({ unit: 'security-company' })).toEqual(['p2']);
    expect(ids({ unit: 'property-staff' })).toEqual([]);
  });

  it('filters by the side of the group; a reserve group and no group are on neither side', () => {
    expect(ids({ side: 'outside' })).toEqual(['p1', 'p2']);
    expect(ids({ side: 'inside' })).toEqual(['p3']);
  });

  it('filters the reserve by its own mark, not by the group', () => {
    expect(ids({ reserve: true })).toEqual(['p4']);
    expect(ids({ reserve: true, status: 'all' })).toEqual(['p4']);
  });

  it('filters those on duty now', () => {
    expect(ids({ onDuty: true }, ['p2', 'p3'])).toEqual(['p2', 'p3']);
    expect(ids({ onDuty: true })).toEqual([]);
    expect(ids({ onDuty: false }, ['p2'])).toEqual(['p1', 'p2', 'p3', 'p4', 'p6']);
  });

  it('combines every part of the filter', () => {
    expect(ids({ side: 'outside', unit: 'police' })).toEqual(['p1']);
    expect(ids({ side: 'outside', onDuty: true, text: '李' }, ['p1', 'p2'])).toEqual(['p2']);
    expect(ids({ group: 'g-order', text: '张' })).toEqual([]);
  });
});

describe('checkedInNow', () => {
  const a = (id: string, personId: string, checkedInAt: number | null, checkedOutAt: number | null) =>
    assignmentRow(id, 'sh1', 'post1', personId, { checkedInAt, checkedOutAt });

  it('counts those checked in and not out, once each, by id', () => {
    expect(
      checkedInNow([
        a('a1', 'p3', 1000, null),
        a('a2', 'p1', 1000, null),
        a('a3', 'p2', null, null),
        a('a4', 'p4', 1000, 2000),
        a('a5', 'p1', 3000, null),
      ]),
    ).toEqual(['p1', 'p3']);
    expect(checkedInNow([])).toEqual([]);
  });
});
