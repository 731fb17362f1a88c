import type { Language, ShiftPattern } from '../domain';
import { addDays, minuteOfDay } from '../time/zoned';
import { createContext, type BuildContext } from './context';
import type { SiteDataset } from './dataset';
import { buildDemoLogs } from './demoLogs';
import { buildLayout, type Layout } from './layout';
import { buildPatrols } from './patrolLog';
import { buildPerimeter } from './perimeter';
import { buildPattern, buildRoster, planTeams, slotMinutes, type SlotTeam } from './roster';
import { buildStaff, type Staff } from './staff';

export interface DemoOptions {
  /** The moment the demo is "live" at: the compound was sealed at 01:30 the local day before. */
  now: number;
  language: Language;
  /** Same seed, same data. Defaults to a fixed seed. */
  seed?: number;
  /** Mixed into the ids only (see ContextOptions). */
  idSalt?: string;
}

/** The parts of the demo site that the generated year reuses. */
export interface DemoFoundation {
  ctx: BuildContext;
  layout: Layout;
  staff: Staff;
  teams: SlotTeam[];
}

export function buildFoundation(options: DemoOptions, closureDaysBefore: number): DemoFoundation {
  const ctx = createContext({ ...options, closureDaysBefore });
  const layout = buildLayout(ctx);
  const staff = buildStaff(ctx);
  return { ctx, layout, staff, teams: planTeams(staff) };
}

/** The two patrol people of the slot that covers an instant. */
export function patrollersAt(f: DemoFoundation): (at: number) => string[] {
  return (at) => {
    const slot = Math.floor(minuteOfDay(at, f.ctx.timeZone) / slotMinutes);
    return (f.teams[slot]?.patrollers ?? []).map((p) => p.id);
  };
}

/**
 * Xiangzhangyuan (香樟苑) on its second day of closed management, "live" at `now`: the
 * compound was sealed at 01:30 (Asia/Shanghai) on the local day before now's local date.
 * Shifts run yesterday, today and tomorrow; patrols, logs and works up to now. Texts
 * and names are in the given language. Deterministic for the same now, language and seed.
 */
export function buildDemoSite(options: DemoOptions): SiteDataset {
  const f = buildFoundation(options, 1);
  const { ctx, layout, staff, teams } = f;
  const pattern = buildPattern(ctx);
  const dates = [0, 1, 2].map((d) => addDays(ctx.closureDate, d));
  const roster = buildRoster(ctx, pattern, layout.posts, teams, { dates, rotate: false });
  const patrolLog = buildPatrols(ctx, layout, { patrollersAt: patrollersAt(f), observationChance: 0.03 });
  const commander = staff.members.control[0]?.name ?? '';
  const perimeter = buildPerimeter(ctx, 'demo', commander);
  const logs = buildDemoLogs(ctx, layout, roster, staff.people, patrolLog.rounds);
  return assembleDataset(f, pattern, roster, patrolLog, perimeter, logs);
}

/** The parts of a built site, laid out as the store's tables. */
export function assembleDataset(
  f: DemoFoundation,
  pattern: ShiftPattern,
  roster: Pick<SiteDataset, 'shifts' | 'assignments'>,
  patrolLog: Pick<SiteDataset, 'patrols' | 'checkpointVisits'>,
  perimeter: Pick<SiteDataset, 'perimeterWorks' | 'upgradeItems'>,
  logs: Pick<SiteDataset, 'entranceLog' | 'activityLog' | 'serviceRequests' | 'handoverNotes'>,
): SiteDataset {
  const { layout, staff } = f;
  return {
    sites: [layout.site],
    entrances: layout.entrances,
    posts: layout.posts,
    perimeterWorks: perimeter.perimeterWorks,
    upgradeItems: perimeter.upgradeItems,
    groups: staff.groups,
    people: staff.people,
    shiftPatterns: [pattern],
    shifts: roster.shifts,
    assignments: roster.assignments,
    patrolRoutes: [layout.route],
    checkpoints: layout.checkpoints,
    patrols: patrolLog.patrols,
    checkpointVisits: patrolLog.checkpointVisits,
    entranceLog: logs.entranceLog,
    activityLog: logs.activityLog,
    incidents: [],
    serviceRequests: logs.serviceRequests,
    handoverNotes: logs.handoverNotes,
  };
}
