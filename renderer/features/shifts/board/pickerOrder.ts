import type { GroupSide, Person } from '../../../../shared/domain';
import { isNotice, type ProblemKind } from '../../../../shared/rules/shiftChecks';

export interface PickerOption {
  person: Person;
  reasons: ProblemKind[];
}

/** Lower sorts first: free and rested, then a notice only (a reserve call-up), then the rest. */
const rank = (reasons: readonly ProblemKind[]) =>
  reasons.length === 0 ? 0 : reasons.every((k) => isNotice(k)) ? 1 : 2;

/** Posts are staffed from outside the wall first; the volunteers inside next; the reserve last. */
const sideRank: Record<GroupSide | 'none', number> = { outside: 0, none: 1, inside: 2, reserve: 3 };

/**
 * The people the picker offers for a cell, narrowed by what is typed (name, phone, role
 * or group, case-insensitive), those already there and anyone stood down left out;
 * free and rested first, then the staff outside the wall before the volunteers inside and
 * the reserve, then by the order of `people` (by name).
 */
export function pickerOptions(
  people: readonly Person[],
  query: string,
  exclude: ReadonlySet<string>,
  reasonsOf: (personId: string) => ProblemKind[],
  group: (groupId: string | null) => { name: string; side: GroupSide | 'none' },
): PickerOption[] {
  const q = query.trim().toLowerCase();
  const out: PickerOption[] = [];
  for (const person of people) {
    if (!person.active || exclude.has(person.id)) continue;
    if (q !== '') {
      const text = `${person.name} ${person.phone} ${person.role} ${group(person.groupId).name}`.toLowerCase();
      if (!text.includes(q)) continue;
    }
    out.push({ person, reasons: reasonsOf(person.id) });
  }
  return out
    .map((o, i) => ({
      o,
      i,
      r: rank(o.reasons),
      s: sideRank[o.person.reserve ? 'reserve' : group(o.person.groupId).side],
    }))
    .sort((a, b) => a.r - b.r || a.s - b.s || a.i - b.i)
    .map(({ o }) => o);
}
