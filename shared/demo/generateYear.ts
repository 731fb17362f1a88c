import type { Language } from '../domain';
import { addDays } from '../time/zoned';
import { assembleDataset, buildFoundation, patrollersAt } from './buildDemoSite';
import type { SiteDataset } from './dataset';
import { buildPatrols } from './patrolLog';
import { buildPerimeter } from './perimeter';
import { buildPattern, buildRoster } from './roster';
import { buildYearLogs } from './yearLogs';

export interface YearOptions {
  /** The end of the generated period. */
  now: number;
  language: Language;
  seed?: number;
  /** Mixed into the ids only (see ContextOptions). */
  idSalt?: string;
  /** Length of the period in local days, now's day included (at least 2). Default 365. */
  days?: number;
}

/**
 * A generated period of operation of the demo site, for benchmarks and scale tests:
 * the same layout, people and teams as the demo, the compound sealed at 01:30 on the
 * first day of the period, and then every day: 3 shifts × 6 posts × 2–4 people (plus
 * tomorrow's shifts), a patrol every hour with 8 checkpoint visits, about 40 crossings,
 * 30 activity rows and 5 service requests, and a handover note per ended shift. For a
 * year: ~8,760 patrols, ~70,000 visits, ~16,500 assignments, ~14,500 crossings.
 * Plain arrays, deterministic for the same now, language, seed and days.
 */
export function generateYear({ now, language, seed, idSalt, days = 365 }: YearOptions): SiteDataset {
  const period = Math.max(2, Math.floor(days));
  const f = buildFoundation(
    { now, language, ...(seed === undefined ? {} : { seed }), ...(idSalt === undefined ? {} : { idSalt }) },
    period - 1,
  );
  const { ctx, layout, staff, teams } = f;
  const pattern = buildPattern(ctx);
  const dates = Array.from({ length: period }, (_, d) => addDays(ctx.closureDate, d));
  const roster = buildRoster(ctx, pattern, layout.posts, teams, {
    dates: [...dates, addDays(ctx.closureDate, period)],
    rotate: true,
  });
  const patrolLog = buildPatrols(ctx, layout, { patrollersAt: patrollersAt(f), observationChance: 0.01 });
  const perimeter = buildPerimeter(ctx, 'settled', staff.members.control[0]?.name ?? '');
  const logs = buildYearLogs(ctx, layout, roster, staff.people, patrolLog.rounds, dates);
  return assembleDataset(f, pattern, roster, patrolLog, perimeter, logs);
}
