import type { Assignment, Group, Language, Person, PersonUnit, Post, Shift, ShiftPattern } from '../domain';
import { datesFrom, planShifts } from '../rules/shiftPlanning';
import { buildDemoSite } from './buildDemoSite';
import { MINUTE } from './context';
import { emptyDataset, type SiteDataset } from './dataset';
import { nameGenerator, nameIn, fictionalPhone } from './names';
import { createRng, defaultSeed, idFactory } from './random';

export interface ShiftSiteOptions {
  now: number;
  language: Language;
  /** The first local date (site time zone) of the generated week. */
  from: string;
  /** Same seed, same data. Defaults to the demo's seed. */
  seed?: number;
  /** Mixed into the ids only. */
  idSalt?: string;
}

/** How big the generated roster is: what the assignment board is measured on. */
export const shiftSiteCounts = {
  people: 500,
  groups: 20,
  posts: 20,
  days: 7,
  slots: 3,
  perPost: 3,
} as const;

const slotStarts = [0, 480, 960] as const;
/** Of the 20 groups: 14 stand at posts, 3 lead and run the site inside, 3 are the reserve. */
const groupSides: readonly Group['side'][] = [
  ...Array<Group['side']>(14).fill('outside'),
  ...Array<Group['side']>(3).fill('inside'),
  ...Array<Group['side']>(3).fill('reserve'),
];
const outsideUnits: readonly PersonUnit[] = ['police', 'security-company', 'city-management', 'volunteer'];

/**
 * A site with a large roster, for the assignment board's benchmark and scale tests: the
 * demo's site, plan, entrances and perimeter, with 500 people in 20 groups (the reserve
 * three of them), 20 posts (minimum 2 or 3), a 3 × 8 pattern and its 21 shifts over 7
 * days from `from`, each post with about 3 people a shift (now and then 2, or one from
 * the reserve), and a leader for every shift. Each outside group keeps one slot of the
 * day, so nobody works two shifts within 16 hours. No patrols, logs or handover notes:
 * they would name the demo's people. Deterministic for the same options.
 */
export function generateShiftSite({ now, language, from, seed = defaultSeed, idSalt }: ShiftSiteOptions): SiteDataset {
  const demo = buildDemoSite({ now, language, seed, ...(idSalt === undefined ? {} : { idSalt }) });
  const site = demo.sites[0];
  if (!site) throw new Error('demo has no site');
  const siteId = site.id;
  const newId = idFactory(`shift-site:${seed}:${idSalt ?? ''}`);
  const rng = createRng(seed).fork('shift-site');
  const zh = language === 'zh-CN';

  const groups: Group[] = groupSides.map((side, i) => ({
    id: newId(),
    siteId,
    name: zh ? `第${i + 1}组` : `Group ${i + 1}`,
    side,
    order: i,
    leaderId: null,
  }));
  const nextName = nameGenerator(rng.fork('names'));
  const people: Person[] = Array.from({ length: shiftSiteCounts.people }, (_, i) => {
    const group = groups[i % groups.length];
    const side = group?.side ?? 'outside';
    return {
      id: newId(),
      siteId,
      name: nameIn(nextName(), language),
      phone: fictionalPhone(i + 1),
      unit: side === 'outside' ? rng.pick(outsideUnits) : side === 'inside' ? 'town-office' : 'other',
      groupId: group?.id ?? null,
      role: '',
      reserve: side === 'reserve',
      notes: '',
      active: true,
    };
  });
  const membersOf = (g: Group): Person[] => people.filter((p) => p.groupId === g.id);
  for (const g of groups) g.leaderId = membersOf(g)[0]?.id ?? null;

  const posts: Post[] = Array.from({ length: shiftSiteCounts.posts }, (_, i) => {
    const entrance = demo.entrances[i];
    return {
      id: newId(),
      siteId,
      name: entrance ? `${entrance.name}${zh ? '岗' : ' post'}` : zh ? `巡查岗${i + 1}` : `Patrol post ${i + 1}`,
      entranceId: entrance?.id ?? null,
      position: entrance ? { ...entrance.position } : { x: 100 + (i % 5) * 150, y: 100 + Math.floor(i / 5) * 120 },
      minStaff: rng.int(2, 3),
      order: i,
    };
  });

  const slotNames = zh ? ['夜班', '早班', '中班'] : ['Night', 'Early', 'Late'];
  const pattern: ShiftPattern = {
    id: newId(),
    siteId,
    name: zh ? '三班倒' : 'Three shifts',
    slots: slotStarts.map((startMinute, i) => ({ name: slotNames[i] ?? '', startMinute, durationMinutes: 480 })),
  };
  const dates = datesFrom(from, shiftSiteCounts.days);
  const shifts: Shift[] = planShifts(pattern, dates, site.timeZone, []).map((s) => ({ ...s, id: newId(), siteId }));

  // Outside groups take the slots in turn; the inside groups' members lead; the reserve stands by.
  const crews: Person[][] = slotStarts.map(() => []);
  groups.filter((g) => g.side === 'outside').forEach((g, i) => crews[i % crews.length]?.push(...membersOf(g)));
  const leaders = groups.filter((g) => g.side === 'inside').flatMap(membersOf);
  const reserve = groups.filter((g) => g.side === 'reserve').flatMap(membersOf);

  const assignments: Assignment[] = [];
  shifts.forEach((shift, n) => {
    const day = Math.floor(n / slotStarts.length);
    shift.leaderId = leaders[(shift.slotIndex * 7 + day) % leaders.length]?.id ?? null;
    const crew = rotate(crews[shift.slotIndex] ?? [], day * shiftSiteCounts.perPost);
    let next = 0;
    for (const post of posts) {
      const count = rng.chance(0.05) ? shiftSiteCounts.perPost - 1 : shiftSiteCounts.perPost;
      for (let k = 0; k < count; k++) {
        const fromReserve = rng.chance(0.02);
        const person = fromReserve ? rng.pick(reserve) : crew[next++ % crew.length];
        if (!person) continue;
        assignments.push({
          id: newId(),
          siteId,
          shiftId: shift.id,
          postId: post.id,
          personId: person.id,
          replacesId: null,
          ...checkTimes(shift, now, rng.int(0, 10), rng.int(0, 12)),
        });
      }
    }
  });

  return {
    ...emptyDataset(),
    sites: [site],
    entrances: demo.entrances,
    perimeterWorks: demo.perimeterWorks,
    upgradeItems: demo.upgradeItems,
    patrolRoutes: demo.patrolRoutes,
    checkpoints: demo.checkpoints,
    groups,
    people,
    posts,
    shiftPatterns: [pattern],
    shifts,
    assignments,
  };
}

/** Checked in a few minutes early once the shift has begun, out a few minutes late once it is over. */
function checkTimes(shift: Shift, now: number, earlyMin: number, lateMin: number) {
  if (shift.startsAt > now) return { checkedInAt: null, checkedOutAt: null };
  return {
    checkedInAt: Math.min(shift.startsAt - earlyMin * MINUTE, now),
    checkedOutAt: shift.endsAt <= now ? Math.min(shift.endsAt + lateMin * MINUTE, now) : null,
  };
}

function rotate<T>(items: readonly T[], n: number): T[] {
  if (items.length === 0) return [];
  const k = n % items.length;
  return [...items.slice(k), ...items.slice(0, k)];
}
