import type { Assignment, Person, Post, Shift, ShiftPattern } from '../domain';
import { zonedInstant } from '../time/zoned';
import { MINUTE, type BuildContext } from './context';
import type { Staff } from './staff';
import { patrolPeopleCount } from './staff';
import { shiftText } from './text';

/** Three 8-hour shifts starting at local midnight, 08:00 and 16:00. */
export const slotStartMinutes = [0, 480, 960] as const;
export const slotMinutes = 480;

export function buildPattern(ctx: BuildContext): ShiftPattern {
  return {
    id: ctx.newId(),
    siteId: ctx.siteId,
    name: ctx.t(shiftText.pattern),
    slots: slotStartMinutes.map((startMinute, i) => ({
      name: ctx.t(shiftText.slots[i] ?? shiftText.pattern),
      startMinute,
      durationMinutes: slotMinutes,
    })),
  };
}

/**
 * The people who work one slot of the day, every day: a fixed team per slot means each
 * person works one 8-hour shift a day at the same hour, so there are always 16 hours of
 * rest between two of their shifts.
 */
export interface SlotTeam {
  slotIndex: number;
  /** Shift leaders (on-site control), taking turns day by day. */
  leaders: Person[];
  /** The two order-maintenance people who walk the perimeter patrols in this slot. */
  patrollers: Person[];
  /** Everyone who stands at a post, most experienced first (police and security guards). */
  crew: Person[];
}

export function planTeams(staff: Staff): SlotTeam[] {
  const slots = slotStartMinutes.length;
  const teams: SlotTeam[] = slotStartMinutes.map((_, slotIndex) => ({
    slotIndex,
    leaders: [],
    patrollers: [],
    crew: [],
  }));
  const teamAt = (i: number): SlotTeam => {
    const team = teams[i % slots];
    if (!team) throw new Error('no team');
    return team;
  };
  staff.members.control.forEach((p, i) => teamAt(i).leaders.push(p));
  const order = staff.members.order;
  const postOrder = order.slice(0, order.length - patrolPeopleCount);
  order.slice(order.length - patrolPeopleCount).forEach((p, i) => teamAt(i).patrollers.push(p));
  // Post duty, dealt out round-robin so every slot gets a mix of police, guards, city
  // management and volunteers. Leaders, medical staff, patrols, the reserve and the
  // volunteers inside never stand at a post.
  const pool = [
    ...postOrder,
    ...staff.members.emergency,
    ...staff.members.cityOps,
    ...staff.members.coordination,
    ...staff.members.logistics,
    ...staff.members.disinfection,
  ];
  pool.forEach((p, i) => teamAt(i).crew.push(p));
  return teams;
}

/**
 * Which post each crew member takes: first one person at every post, then the second,
 * until every post has its minimum; extra people add one more per post (main passage
 * first). Returns post ids, one per crew member; people beyond that stay unposted.
 */
export function seatPosts(posts: readonly Post[], crewSize: number): string[] {
  const seats: string[] = [];
  const maxMin = Math.max(0, ...posts.map((p) => p.minStaff));
  for (let round = 0; round < maxMin; round++) {
    for (const post of posts) if (post.minStaff > round) seats.push(post.id);
  }
  for (const post of posts) seats.push(post.id);
  return seats.slice(0, crewSize);
}

export interface Roster {
  /** In time order. */
  shifts: Shift[];
  assignments: Assignment[];
  /** The team of each shift, by shift id. */
  teamOf: ReadonlyMap<string, SlotTeam>;
}

export interface RosterOptions {
  /** Local dates to make shifts for, in order. */
  dates: readonly string[];
  /** Move people between posts from day to day (the year); the demo keeps them in place. */
  rotate: boolean;
}

export function buildRoster(
  ctx: BuildContext,
  pattern: ShiftPattern,
  posts: readonly Post[],
  teams: readonly SlotTeam[],
  options: RosterOptions,
): Roster {
  const rng = ctx.rng.fork('roster');
  const shifts: Shift[] = [];
  const assignments: Assignment[] = [];
  const teamOf = new Map<string, SlotTeam>();
  options.dates.forEach((date, day) => {
    pattern.slots.forEach((slot, slotIndex) => {
      const team = teams[slotIndex];
      if (!team) return;
      const startsAt = zonedInstant(date, slot.startMinute, ctx.timeZone);
      const endsAt = zonedInstant(date, slot.startMinute + slot.durationMinutes, ctx.timeZone);
      const leader = team.leaders.length > 0 ? team.leaders[day % team.leaders.length] : undefined;
      const shift: Shift = {
        id: ctx.newId(),
        siteId: ctx.siteId,
        patternId: pattern.id,
        slotIndex,
        name: slot.name,
        date,
        startsAt,
        endsAt,
        leaderId: leader?.id ?? null,
      };
      shifts.push(shift);
      teamOf.set(shift.id, team);
      const crew = options.rotate ? rotateBy(team.crew, day) : team.crew;
      const seats = seatPosts(posts, crew.length);
      crew.forEach((person, i) => {
        const postId = seats[i];
        if (postId === undefined) return;
        assignments.push({
          id: ctx.newId(),
          siteId: ctx.siteId,
          shiftId: shift.id,
          postId,
          personId: person.id,
          replacesId: null,
          ...checkTimes(ctx, startsAt, endsAt, rng.int(0, 10), rng.int(0, 12)),
        });
      });
    });
  });
  shifts.sort((a, b) => a.startsAt - b.startsAt);
  return { shifts, assignments, teamOf };
}

/**
 * Check-in a few minutes before the shift (the first shift: when the compound was
 * sealed), check-out a few minutes after it; nothing later than now.
 */
function checkTimes(
  ctx: BuildContext,
  startsAt: number,
  endsAt: number,
  earlyMin: number,
  lateMin: number,
): Pick<Assignment, 'checkedInAt' | 'checkedOutAt'> {
  if (startsAt > ctx.now) return { checkedInAt: null, checkedOutAt: null };
  const called = Math.max(startsAt, ctx.closureStart - 20 * MINUTE);
  const checkedInAt = Math.min(called - earlyMin * MINUTE, ctx.now);
  const checkedOutAt = endsAt <= ctx.now ? Math.min(endsAt + lateMin * MINUTE, ctx.now) : null;
  return { checkedInAt, checkedOutAt };
}

function rotateBy<T>(items: readonly T[], n: number): T[] {
  if (items.length === 0) return [];
  const k = n % items.length;
  return [...items.slice(k), ...items.slice(0, k)];
}

/** Finds the shift running at an instant, by binary search over shifts in time order. */
export function shiftFinder(shifts: readonly Shift[]): (at: number) => Shift | undefined {
  return (at) => {
    let lo = 0;
    let hi = shifts.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const s = shifts[mid];
      if (!s) return undefined;
      if (at < s.startsAt) hi = mid - 1;
      else if (at >= s.endsAt) lo = mid + 1;
      else return s;
    }
    return undefined;
  };
}
