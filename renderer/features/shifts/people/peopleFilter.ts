import type { Assignment, Group, Person, PersonUnit } from '../../../../shared/domain';

/** Who the list shows by status: those on the roll (the default), those stood down, or everyone. */
export type PeopleStatus = 'active' | 'stood-down' | 'all';

export interface PeopleFilter {
  /** Words typed in the search box; each must be found in the name, phone, unit, group or role. */
  text: string;
  /** A group's id, `'none'` for people in no group, null for any group. */
  group: string | null;
  unit: PersonUnit | null;
  /** The side of the person's group; people in a reserve-side group or none are on neither. */
  side: 'outside' | 'inside' | null;
  /** Only those marked as reserve. */
  reserve: boolean;
  /** Only those checked in at a post in the shift running now. */
  onDuty: boolean;
  status: PeopleStatus;
}

export const noFilter: PeopleFilter = {
  text: '',
  group: null,
  unit: null,
  side: null,
  reserve: false,
  onDuty: false,
  status: 'active',
};

/** A person with the text the search box looks in, made once per list, not once per key typed. */
export interface SearchRow {
  person: Person;
  haystack: string;
}

const SEPARATORS = /[\s\-()]/g;

/**
 * The text each person is found by: name, phone (as typed and as bare digits, so
 * "138 0013" and "1380013" both find it), the unit and the group as the screen names
 * them in the user's language, and the role, lower-cased.
 */
export function searchRows(
  people: readonly Person[],
  groups: ReadonlyMap<string, Group>,
  unitLabel: (unit: PersonUnit) => string,
): SearchRow[] {
  return people.map((person) => {
    const group = person.groupId === null ? undefined : groups.get(person.groupId);
    const parts = [person.name, person.phone, person.phone.replace(SEPARATORS, ''), unitLabel(person.unit)];
    if (group) parts.push(group.name);
    if (person.role) parts.push(person.role);
    return { person, haystack: parts.join('\n').toLocaleLowerCase() };
  });
}

/** The people who pass every part of the filter, in the order given. */
export function filterPeople(
  rows: readonly SearchRow[],
  filter: PeopleFilter,
  groups: ReadonlyMap<string, Group>,
  onDuty: ReadonlySet<string>,
): Person[] {
  const terms = filter.text.toLocaleLowerCase().split(/\s+/).filter(Boolean);
  const out: Person[] = [];
  for (const { person: p, haystack } of rows) {
    if (filter.status === 'active' ? !p.active : filter.status === 'stood-down' ? p.active : false) continue;
    if (filter.group !== null && (filter.group === 'none' ? p.groupId !== null : p.groupId !== filter.group)) continue;
    if (filter.unit !== null && p.unit !== filter.unit) continue;
    if (filter.side !== null && (p.groupId === null || groups.get(p.groupId)?.side !== filter.side)) continue;
    if (filter.reserve && !p.reserve) continue;
    if (filter.onDuty && !onDuty.has(p.id)) continue;
    if (!terms.every((term) => haystack.includes(term))) continue;
    out.push(p);
  }
  return out;
}

/**
 * Who stands at a post right now among a shift's assignments: checked in and not yet
 * checked out (a swap's first half has its check-out, so only the one who took over counts).
 */
export function checkedInNow(assignments: readonly Assignment[]): string[] {
  const ids = new Set<string>();
  for (const a of assignments) if (a.checkedInAt !== null && a.checkedOutAt === null) ids.add(a.personId);
  return [...ids].sort();
}
