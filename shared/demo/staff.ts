import type { Group, Person, PersonUnit } from '../domain';
import type { BuildContext } from './context';
import { fictionalPhone, nameGenerator, nameIn } from './names';
import { groupText, roleText, type GroupKey, type L10n } from './text';

/** The people of the demo site and the groups they work in. */
export interface Staff {
  groups: Group[];
  people: Person[];
  groupByKey: Readonly<Record<GroupKey, Group>>;
  /** Members of each group, leader first. */
  members: Readonly<Record<GroupKey, Person[]>>;
}

interface GroupSpec {
  key: GroupKey;
  side: Group['side'];
  /** One unit per member, in member order. */
  units: readonly PersonUnit[];
  /** Role of the member at index i (0 = leader). */
  role(i: number): L10n;
}

const repeat = (unit: PersonUnit, n: number): PersonUnit[] => Array.from({ length: n }, () => unit);
const leaderDeputyMember = (i: number) => (i === 0 ? roleText.leader : i === 1 ? roleText.deputy : roleText.member);

/** How many order-maintenance people walk the patrols (two per shift); the last ones of the group. */
export const patrolPeopleCount = 6;
const orderSize = 21;

/**
 * The 59 people outside the wall in eight working groups, the 30-person reserve, and the
 * 130 volunteers inside in four groups, with the units they come from.
 */
export const groupSpecs: readonly GroupSpec[] = [
  {
    key: 'control',
    side: 'outside',
    units: repeat('town-office', 6),
    role: (i) => (i === 0 ? roleText.leader : roleText.commander),
  },
  {
    key: 'coordination',
    side: 'outside',
    units: [...repeat('town-office', 3), ...repeat('volunteer', 2)],
    role: leaderDeputyMember,
  },
  {
    key: 'order',
    side: 'outside',
    units: [...repeat('police', 6), ...repeat('security-company', orderSize - 6)],
    role: (i) => (i >= orderSize - patrolPeopleCount ? roleText.patrol : leaderDeputyMember(i)),
  },
  {
    key: 'logistics',
    side: 'outside',
    units: [...repeat('town-office', 2), ...repeat('volunteer', 4)],
    role: leaderDeputyMember,
  },
  { key: 'medical', side: 'outside', units: repeat('medical', 4), role: leaderDeputyMember },
  {
    key: 'emergency',
    side: 'outside',
    units: [...repeat('police', 2), ...repeat('security-company', 2), ...repeat('volunteer', 2)],
    role: leaderDeputyMember,
  },
  { key: 'disinfection', side: 'outside', units: ['medical', ...repeat('volunteer', 4)], role: leaderDeputyMember },
  { key: 'cityOps', side: 'outside', units: repeat('city-management', 6), role: leaderDeputyMember },
  {
    key: 'reserve',
    side: 'reserve',
    units: [
      ...repeat('town-office', 8),
      ...repeat('volunteer', 14),
      ...repeat('security-company', 6),
      ...repeat('police', 2),
    ],
    role: (i) => (i === 0 ? roleText.reserveCaptain : roleText.reserveMember),
  },
  {
    key: 'testing',
    side: 'inside',
    units: repeat('volunteer', 40),
    role: (i) => (i === 0 ? roleText.volunteerLead : roleText.volunteer),
  },
  {
    key: 'psych',
    side: 'inside',
    units: repeat('volunteer', 20),
    role: (i) => (i === 0 ? roleText.volunteerLead : roleText.volunteer),
  },
  {
    key: 'tracing',
    side: 'inside',
    units: repeat('volunteer', 30),
    role: (i) => (i === 0 ? roleText.volunteerLead : roleText.volunteer),
  },
  {
    key: 'insideLogistics',
    side: 'inside',
    units: repeat('volunteer', 40),
    role: (i) => (i === 0 ? roleText.volunteerLead : roleText.volunteer),
  },
];

export function buildStaff(ctx: BuildContext): Staff {
  const nextName = nameGenerator(ctx.rng.fork('names'));
  const groups: Group[] = [];
  const people: Person[] = [];
  const groupByKey: Partial<Record<GroupKey, Group>> = {};
  const members: Partial<Record<GroupKey, Person[]>> = {};
  groupSpecs.forEach((spec, order) => {
    const group: Group = {
      id: ctx.newId(),
      siteId: ctx.siteId,
      name: ctx.t(groupText[spec.key]),
      side: spec.side,
      order,
      leaderId: null,
    };
    groups.push(group);
    groupByKey[spec.key] = group;
    members[spec.key] = spec.units.map((unit, i) => {
      const person: Person = {
        id: ctx.newId(),
        siteId: ctx.siteId,
        name: nameIn(nextName(), ctx.language),
        phone: fictionalPhone(people.length + 1),
        unit,
        groupId: group.id,
        role: ctx.t(spec.role(i)),
        reserve: spec.side === 'reserve',
        notes: '',
        active: true,
      };
      people.push(person);
      return person;
    });
    // Each group's first member is its leader (组长, 现场指挥, 预备队队长, 志愿者组长).
    group.leaderId = members[spec.key]?.[0]?.id ?? null;
  });
  return { groups, people, groupByKey: completeGroups(groupByKey), members: completeGroups(members) };
}

function completeGroups<T>(partial: Partial<Record<GroupKey, T>>): Record<GroupKey, T> {
  const out: Partial<Record<GroupKey, T>> = {};
  for (const spec of groupSpecs) {
    const value = partial[spec.key];
    if (value === undefined) throw new Error(`group ${spec.key} missing`);
    out[spec.key] = value;
  }
  return out as Record<GroupKey, T>;
}
