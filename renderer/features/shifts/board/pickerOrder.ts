import type { Person } from '../../../../shared/domain';
import { isNotice, type ProblemKind } from '../../../../shared/rules/shiftChecks';

export interface PickerOption {
  person: Person;
  reasons: ProblemKind[];
}

/** Lower sorts first: free and rested, then a notice only (a reserve call-up), then the rest. */
const rank = (reasons: readonly ProblemKind[]) =>
  reasons.length === 0 ? 0 : reasons.every((k) => isNotice(k)) ? 1 : 2;

/**
 * The people the picker offers for a cell, narrowed by what is typed (name, phone, role
 * or group, case-insensitive), those already there and anyone stood down left out;
 * free and rested first, then by the order of `people` (by name).
 */
export function pickerOptions(
  people: readonly Person[],
  query: string,
  exclude: ReadonlySet<string>,
  reasonsOf: (personId: string) => ProblemKind[],
  groupName: (groupId: string | null) => string,
): PickerOption[] {
  const q = query.trim().toLowerCase();
  const out: PickerOption[] = [];
  for (const person of people) {
    if (!person.active || exclude.has(person.id)) continue;
    if (q !== '') {
      const text = `${person.name} ${person.phone} ${person.role} ${groupName(person.groupId)}`.toLowerCase();
      if (!text.includes(q)) continue;
    }
    out.push({ person, reasons: reasonsOf(person.id) });
  }
  return out
    .map((o, i) => ({ o, i, r: rank(o.reasons) }))
    .sort((a, b) => a.r - b.r || a.i - b.i)
    .map(({ o }) => o);
}
