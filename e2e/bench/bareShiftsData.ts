import type { SiteDataset } from '../../shared/demo/dataset';
import { addDays } from '../../shared/time/zoned';

/** What the bare board page draws: one site's posts, shifts, people's names and assignments, as the bench writes them for it. */
export interface BareShiftsData {
  timeZone: string;
  /** The first local date the board shows: the week's first day. */
  from: string;
  posts: { id: string; name: string; minStaff: number }[];
  shifts: { id: string; date: string; name: string; startsAt: number; endsAt: number; leaderId: string | null }[];
  people: { id: string; name: string }[];
  assignments: { id: string; shiftId: string; postId: string; personId: string }[];
}

/** How many cells and names the board shows for `days` days from the data's `from`: the ready check, for the app and the bare page alike. */
export interface BoardCounts {
  cells: number;
  people: number;
}

export function bareShiftsData(data: SiteDataset, from: string): BareShiftsData {
  const site = data.sites[0];
  if (!site) throw new Error('dataset has no site');
  return {
    timeZone: site.timeZone,
    from,
    posts: [...data.posts].sort((a, b) => a.order - b.order).map(({ id, name, minStaff }) => ({ id, name, minStaff })),
    shifts: [...data.shifts]
      .sort((a, b) => a.startsAt - b.startsAt)
      .map(({ id, date, name, startsAt, endsAt, leaderId }) => ({ id, date, name, startsAt, endsAt, leaderId })),
    people: data.people.map(({ id, name }) => ({ id, name })),
    assignments: data.assignments.map(({ id, shiftId, postId, personId }) => ({ id, shiftId, postId, personId })),
  };
}

export function boardCounts(data: BareShiftsData, days: number): BoardCounts {
  const dates = new Set(Array.from({ length: days }, (_, i) => addDays(data.from, i)));
  const shown = new Set(data.shifts.filter((s) => dates.has(s.date)).map((s) => s.id));
  const named = new Set(data.people.map((p) => p.id));
  return {
    cells: data.posts.length * shown.size,
    people: data.assignments.filter((a) => shown.has(a.shiftId) && named.has(a.personId)).length,
  };
}
