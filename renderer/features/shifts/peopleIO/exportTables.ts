import type { Group, Person } from '../../../../shared/domain';
import { compareNames } from '../../../../shared/rules/nameOrder';
import { localTime } from '../../../../shared/time/zoned';
import type { I18n } from '../../../i18n/I18nContext';
import type { DayRoster } from './queries';
import type { ExportTable } from './writeTable';

type T = I18n['t'];

/**
 * The people list as the import reads it back: the same column names, the unit and the
 * reserve mark in words, and a status column the import leaves out.
 */
export function peopleTable(people: readonly Person[], groups: readonly Group[], t: T): ExportTable {
  const groupName = new Map(groups.map((g) => [g.id, g.name]));
  return {
    sheetName: t('peopleIO.sheet.people'),
    header: (['name', 'phone', 'unit', 'group', 'role', 'reserve', 'notes', 'status'] as const).map((c) =>
      t(`peopleIO.col.${c}`),
    ),
    rows: [...people]
      .sort((a, b) => compareNames(a.name, b.name))
      .map((p) => [
        p.name,
        p.phone,
        t(`peopleIO.unit.${p.unit}`),
        (p.groupId && groupName.get(p.groupId)) || '',
        p.role,
        t(p.reserve ? 'peopleIO.yes' : 'peopleIO.no'),
        p.notes,
        t(p.active ? 'peopleIO.active' : 'peopleIO.stoodDown'),
      ]),
  };
}

/** A day's assignments, by shift start, then post order, then name: one row a person on a post. */
export function dayTable(day: DayRoster, timeZone: string, t: T): ExportTable {
  const shifts = new Map(day.shifts.map((s) => [s.id, s]));
  const posts = new Map(day.posts.map((p) => [p.id, p]));
  const people = new Map(day.people.map((p) => [p.id, p]));
  const groups = new Map(day.groups.map((g) => [g.id, g.name]));
  const rows = day.assignments.flatMap((a) => {
    const shift = shifts.get(a.shiftId);
    const person = people.get(a.personId);
    if (!shift || !person) return [];
    return [{ a, shift, person, post: posts.get(a.postId) }];
  });
  rows.sort(
    (x, y) =>
      x.shift.startsAt - y.shift.startsAt ||
      (x.post?.order ?? Infinity) - (y.post?.order ?? Infinity) ||
      compareNames(x.person.name, y.person.name),
  );
  const time = (ms: number | null) => (ms === null ? '' : localTime(ms, timeZone));
  return {
    sheetName: t('peopleIO.sheet.day'),
    header: (
      ['date', 'shift', 'time', 'post', 'name', 'phone', 'unit', 'group', 'leader', 'checkedIn', 'checkedOut'] as const
    ).map((c) => t(`peopleIO.col.${c}`)),
    rows: rows.map(({ a, shift, person, post }) => [
      shift.date,
      shift.name,
      `${time(shift.startsAt)}–${time(shift.endsAt)}`,
      post?.name ?? '',
      person.name,
      person.phone,
      t(`peopleIO.unit.${person.unit}`),
      (person.groupId && groups.get(person.groupId)) || '',
      shift.leaderId === person.id ? t('peopleIO.leaderMark') : '',
      time(a.checkedInAt),
      time(a.checkedOutAt),
    ]),
  };
}
