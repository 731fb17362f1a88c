import { Dexie } from 'dexie';
import type { Entrance, Language, Operator, PerimeterWork, Person, Shift, Site } from '../../shared/domain';
import { staffPosts, type PostStaffing } from '../../shared/rules/staffing';
import type { CordonDb } from './CordonDb';
import { readCurrentShift } from './queries/currentShift';
import { readEntrances, readPatrolRoutes, readSiteWorks, type RouteWithCheckpoints } from './queries/siteLayers';
import { readSetting } from '../../shared/domain/settingValues';

/**
 * Everything the overview shows (and with `map`, everything the map draws), read in one
 * transaction with the reads in parallel: before React mounts, and again before the
 * overview or the map is opened (app/prepareRoute). Their live queries then start from
 * it instead of rendering empty and filling in one round trip at a time.
 */
export interface ScreenSnapshot {
  language: Language;
  theme: 'light' | 'dark';
  operator: Operator | null;
  site: Site | null;
  entrances: Entrance[];
  /** The minute the current shift was looked up for. */
  minute: number;
  shift: Shift | null;
  slotName: string | null;
  leader: Person | null;
  staffing: PostStaffing[];
  /** Read only for the map (opened, or started on: a reload there, the wall screen): its other layers. */
  map: { works: PerimeterWork[]; routes: RouteWithCheckpoints[] } | null;
}

export async function readScreenSnapshot(
  db: CordonDb,
  now: number,
  onSite?: (site: Site, language: Language) => void,
  withMap = false,
): Promise<ScreenSnapshot> {
  const minute = Math.floor(now / 60_000) * 60_000;
  const tables = [
    'settings',
    'sites',
    'entrances',
    'posts',
    'shifts',
    'shiftPatterns',
    'assignments',
    'people',
    'perimeterWorks',
    'patrolRoutes',
    'checkpoints',
  ];
  return db.transaction('r', tables, async () => {
    // Three round trips to the store, each with its reads in parallel: settings and sites
    // (one row or a few), then what hangs off the site, then what hangs off the shift.
    const [[language, theme, operator, active], sites] = await Promise.all([
      db.settings.bulkGet(['language', 'theme', 'operator', 'activeSiteId']),
      db.sites.toArray(),
    ]);
    const activeId = readSetting('activeSiteId', active?.value);
    const site = sites.find((x) => x.id === activeId) ?? sites[0] ?? null;
    const base = {
      language: readSetting('language', language?.value) ?? 'zh-CN',
      theme: readSetting('theme', theme?.value) ?? 'light',
      operator: readSetting('operator', operator?.value),
      site,
      minute,
    };
    if (site) onSite?.(site, base.language);
    if (!site) return { ...base, entrances: [], shift: null, slotName: null, leader: null, staffing: [], map: null };

    const [entrances, posts, shift, sitePeople, map] = await Promise.all([
      readEntrances(db, site.id),
      db.posts.where('siteId').equals(site.id).toArray(),
      readCurrentShift(db, site.id, minute),
      // A few hundred at most: cheaper read whole alongside than by id after the roster.
      db.people.where('siteId').equals(site.id).toArray(),
      withMap ? readMapLayers(db, site.id) : null,
    ]);
    const [pattern, assignments] = await Promise.all([
      shift ? db.shiftPatterns.get(shift.patternId) : undefined,
      shift ? db.assignments.where('shiftId').equals(shift.id).toArray() : [],
    ]);
    const people = new Map<string, Person>(sitePeople.map((p) => [p.id, p]));
    return {
      ...base,
      entrances,
      shift,
      slotName: (shift && pattern?.slots[shift.slotIndex]?.name) ?? null,
      leader: (shift?.leaderId && people.get(shift.leaderId)) || null,
      staffing: staffPosts(posts, shift, assignments, people),
      map,
    };
  });
}

/** The works and the patrol routes with their checkpoints in order: what the map draws besides entrances and posts. */
async function readMapLayers(db: CordonDb, siteId: string): Promise<NonNullable<ScreenSnapshot['map']>> {
  const [works, routes] = await Promise.all([readSiteWorks(db, siteId), readPatrolRoutes(db, siteId)]);
  return { works, routes };
}

let current: ScreenSnapshot | null = null;
/** Changes to the store seen so far, here or in another window. */
let changes = 0;
let watching = false;

/**
 * A snapshot stands in for live queries only until anything in the store changes; after
 * that a screen mounting later must not show it.
 */
function watchChanges(): void {
  if (watching) return;
  watching = true;
  Dexie.on.storagemutated.subscribe(() => {
    changes += 1;
    current = null;
  });
}

/** The read on its way, if any: a request it covers (same store, same minute, the map's layers if asked for) waits for it. */
let reading: { db: CordonDb; minute: number; withMap: boolean; snapshot: Promise<ScreenSnapshot> } | null = null;

/**
 * Reads a snapshot and holds it for the hooks of the screens about to mount, unless the
 * store changed while it was read (then they read live). At start, and again before the
 * overview or the map is opened (see app/prepareRoute) or kept ready (app/keepMapSnapshot):
 * the map opened while its snapshot is being kept ready waits for that read, not a second.
 */
export async function readAndHoldSnapshot(
  db: CordonDb,
  now: number,
  withMap: boolean,
  onSite?: (site: Site, language: Language) => void,
): Promise<ScreenSnapshot> {
  const minute = Math.floor(now / 60_000) * 60_000;
  if (!onSite && reading?.db === db && reading.minute === minute && (reading.withMap || !withMap))
    return reading.snapshot;
  watchChanges();
  const before = changes;
  const snapshot = readScreenSnapshot(db, now, onSite, withMap).then((read) => {
    if (changes === before) current = read;
    return read;
  });
  const entry = { db, minute, withMap, snapshot };
  reading = entry;
  try {
    return await snapshot;
  } finally {
    if (reading === entry) reading = null;
  }
}

export function heldSnapshot(): ScreenSnapshot | null {
  return current;
}

/** Whether a snapshot is held that has all the overview (or with `withMap`, the map) draws, for the minute of `now`. */
export function heldSnapshotCovers(withMap: boolean, now: number): boolean {
  return current !== null && (!withMap || current.map !== null) && current.minute === Math.floor(now / 60_000) * 60_000;
}

/** What the held snapshot (at start, or before the overview or the map opened) holds for this site, as `pick` takes it; undefined when it holds nothing for it (or no longer stands). */
export function snapshotForSite<T>(
  siteId: string | undefined,
  pick: (snap: ScreenSnapshot) => T | undefined,
): T | undefined {
  return current && siteId !== undefined && current.site?.id === siteId ? pick(current) : undefined;
}
