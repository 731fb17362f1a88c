import { Dexie } from 'dexie';
import type { Entrance, Language, Operator, Person, Shift, Site } from '../../shared/domain';
import { staffPosts, type PostStaffing } from '../../shared/rules/staffing';
import type { CordonDb } from './CordonDb';
import { readCurrentShift } from './queries/currentShift';
import { readSetting } from '../../shared/domain/settingValues';

/**
 * Everything the first screen shows, read in one transaction with the reads in
 * parallel, before React mounts. The live queries then start from it instead of
 * rendering empty and filling in one round trip at a time.
 */
export interface BootSnapshot {
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
}

const asLanguage = (v: unknown): Language => (v === 'en' ? 'en' : 'zh-CN');

export async function readBootSnapshot(db: CordonDb, now: number, onSite?: (site: Site) => void): Promise<BootSnapshot> {
  const minute = Math.floor(now / 60_000) * 60_000;
  return db.transaction('r', ['settings', 'sites', 'entrances', 'posts', 'shifts', 'shiftPatterns', 'assignments', 'people'], async () => {
    const [language, theme, operator, active] = await db.settings.bulkGet(['language', 'theme', 'operator', 'activeSiteId']);
    const activeId = typeof active?.value === 'string' ? active.value : null;
    const site = (activeId ? await db.sites.get(activeId) : undefined) ?? (await db.sites.toCollection().first()) ?? null;
    const base = { language: asLanguage(language?.value), theme: theme?.value === 'dark' ? 'dark' as const : 'light' as const, operator: readSetting('operator', operator?.value), site, minute };
    if (site) onSite?.(site);
    if (!site) return { ...base, entrances: [], shift: null, slotName: null, leader: null, staffing: [] };

    const [entrances, posts, shift] = await Promise.all([
      db.entrances.where('[siteId+number]').between([site.id, 0], [site.id, Infinity]).toArray(),
      db.posts.where('siteId').equals(site.id).toArray(),
      readCurrentShift(db, site.id, minute),
    ]);
    const [pattern, assignments] = await Promise.all([
      shift ? db.shiftPatterns.get(shift.patternId) : undefined,
      shift ? db.assignments.where('shiftId').equals(shift.id).toArray() : [],
    ]);
    const ids = [...new Set([...assignments.map((a) => a.personId), ...(shift?.leaderId ? [shift.leaderId] : [])])];
    const people = new Map<string, Person>();
    for (const p of await db.people.bulkGet(ids)) if (p) people.set(p.id, p);
    return {
      ...base,
      entrances,
      shift,
      slotName: (shift && pattern?.slots[shift.slotIndex]?.name) ?? null,
      leader: (shift?.leaderId && people.get(shift.leaderId)) || null,
      staffing: staffPosts(posts, shift, assignments, people),
    };
  });
}

let current: BootSnapshot | null = null;

/**
 * The snapshot stands in for live queries only until anything in the store changes,
 * here or in another window; after that a screen mounting later must not show it.
 */
export function holdBootSnapshot(snapshot: BootSnapshot): void {
  current = snapshot;
  const drop = () => {
    current = null;
    Dexie.on.storagemutated.unsubscribe(drop);
  };
  Dexie.on.storagemutated.subscribe(drop);
}

export function bootSnapshot(): BootSnapshot | null {
  return current;
}
