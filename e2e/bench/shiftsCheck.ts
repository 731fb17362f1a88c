import { generateShiftSite } from '../../shared/demo/generateShiftSite';
import type { Assignment } from '../../shared/domain';
import { checkShifts, shiftAvailability } from '../../shared/rules/leadership';
import type { BoardFacts } from '../../shared/rules/shiftChecks';
import { summarize, type Summary } from './stats';

export interface ShiftsCheckFigures {
  note: string;
  /** checkBoard over the whole week after one assignment changed. */
  check_ms: Summary;
  /** availability built for the week, then asked about every person for one post: the picker opening. */
  picker_ms: Summary;
  /** One frame: what the board's checks must stay well under. */
  budget_ms: number;
  met: boolean;
  counts: { people: number; posts: number; shifts: number; assignments: number; problems: number };
}

const FROM = '2021-11-27';
/** Mid-week, so past shifts (stood down, checked in) and future ones are both there. */
const NOW = Date.UTC(2021, 11, 1, 6);

/**
 * The assignment board's checks on the generated week (500 people, 20 posts, 21 shifts,
 * ~1,250 assignments), in Node: each run moves one assignment to another person (what a
 * drag on the board does) and times `checkShifts` (the board's `checkBoard`, leaders counted) over every shift, then times the picker
 * (`availability` built and asked about all 500 people). `warmUp` runs are not counted.
 */
export function measureShiftsCheck({
  runs = 30,
  warmUp = 5,
}: { runs?: number; warmUp?: number } = {}): ShiftsCheckFigures {
  const data = generateShiftSite({ now: NOW, language: 'zh-CN', from: FROM });
  const people = new Map(data.people.map((p) => [p.id, p]));
  const shown = new Set(data.shifts.map((s) => s.id));
  const rules = data.sites[0]?.shiftRules ?? { minRestMinutes: 480, maxMinutesPer24h: 720, lateGraceMinutes: 15 };
  const factsWith = (assignments: readonly Assignment[]): BoardFacts => ({
    shifts: data.shifts,
    assignments,
    posts: data.posts,
    people,
    rules,
    now: NOW,
  });
  const checkRuns: number[] = [];
  const pickerRuns: number[] = [];
  let problems = 0;
  for (let i = 0; i < warmUp + runs; i++) {
    const k = (i * 37) % data.assignments.length;
    const moved = data.people[(i * 53) % data.people.length];
    const assignments = data.assignments.map((a, j) => (j === k && moved ? { ...a, personId: moved.id } : a));
    const facts = factsWith(assignments);
    const t0 = performance.now();
    problems = checkShifts(facts, shown).length;
    const t1 = performance.now();
    const ask = shiftAvailability(facts);
    const shift = data.shifts[i % data.shifts.length];
    const post = data.posts[i % data.posts.length];
    if (shift && post) for (const p of data.people) ask(p.id, shift.id, post.id);
    const t2 = performance.now();
    if (i < warmUp) continue;
    checkRuns.push(t1 - t0);
    pickerRuns.push(t2 - t1);
  }
  const check = summarize(checkRuns);
  const budget = 16;
  return {
    note:
      'Node, no page: checkShifts (checkBoard with the leaders counted, as the board runs it) over the generated week (shared/demo/generateShiftSite.ts) after one assignment moved ' +
      `to another person, ${runs} runs after ${warmUp} uncounted; picker_ms: availability built and asked about every ` +
      'person for one shift and post. budget_ms is one frame; met when the median of check_ms is under it.',
    check_ms: check,
    picker_ms: summarize(pickerRuns),
    budget_ms: budget,
    met: check.median < budget,
    counts: {
      people: data.people.length,
      posts: data.posts.length,
      shifts: data.shifts.length,
      assignments: data.assignments.length,
      problems,
    },
  };
}
