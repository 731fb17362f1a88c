import type { Assignment, Language, Person, PersonUnit } from '../domain';
import { pickCurrentShift } from '../rules/staffing';
import { buildDemoSite } from './buildDemoSite';
import type { SiteDataset } from './dataset';
import { fictionalPhone, nameGenerator, nameIn } from './names';
import { createRng, defaultSeed, idFactory } from './random';

export interface SheetSiteOptions {
  now: number;
  language: Language;
  seed?: number;
  /** Mixed into the ids only. */
  idSalt?: string;
}

/** How big the shift running at `now` is: what the sheets' benchmark and page-break spec print. */
export const sheetSiteCounts = { people: 200, biggestPost: 40, rounds: 30, roundMinutes: 16 } as const;

const units: readonly PersonUnit[] = ['police', 'security-company', 'city-management', 'volunteer', 'town-office'];

/**
 * The demo site, with the shift running at `now` made as big as a sheet gets: 200 people
 * on its posts (the first post 40 of them, the others the rest in turn), and the patrol
 * route every 16 minutes, 30 rounds in an 8-hour shift, none recorded yet. Everything
 * else is the demo's. Deterministic for the same options.
 */
export function generateSheetSite({ now, language, seed = defaultSeed, idSalt }: SheetSiteOptions): SiteDataset {
  const demo = buildDemoSite({ now, language, seed, ...(idSalt === undefined ? {} : { idSalt }) });
  const shift = pickCurrentShift(demo.shifts, now);
  const [first, ...others] = [...demo.posts].sort((a, b) => a.order - b.order);
  if (!shift || !first) throw new Error('the demo has no shift running or no post');
  const siteId = shift.siteId;
  const newId = idFactory(`sheet-site:${seed}:${idSalt ?? ''}`);
  const rng = createRng(seed).fork('sheet-site');
  const taken = new Set(demo.people.map((p) => p.name));
  const nextName = nameGenerator(rng.fork('names'));
  const people: Person[] = [];
  while (people.length < sheetSiteCounts.people) {
    const name = nameIn(nextName(), language);
    if (taken.has(name)) continue;
    people.push({
      id: newId(),
      siteId,
      name,
      phone: fictionalPhone(1000 + people.length),
      unit: rng.pick(units),
      groupId: null,
      role: '',
      reserve: rng.chance(0.05),
      notes: '',
      active: true,
    });
  }
  const postOf = (i: number) =>
    i < sheetSiteCounts.biggestPost ? first : (others[(i - sheetSiteCounts.biggestPost) % others.length] ?? first);
  const assignments: Assignment[] = people.map((person, i) => ({
    id: newId(),
    siteId,
    shiftId: shift.id,
    postId: postOf(i).id,
    personId: person.id,
    checkedInAt: i % 3 === 0 ? null : shift.startsAt - (i % 10) * 60_000,
    checkedOutAt: null,
    replacesId: null,
  }));
  return {
    ...demo,
    people: [...demo.people, ...people],
    assignments: [...demo.assignments.filter((a) => a.shiftId !== shift.id), ...assignments],
    patrolRoutes: demo.patrolRoutes.map((r) => ({
      ...r,
      intervalMinutes: sheetSiteCounts.roundMinutes,
      fixedTimes: [],
    })),
    patrols: [],
    checkpointVisits: [],
  };
}
