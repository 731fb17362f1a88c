import type { ActivityLogEntry, EntranceLogEntry, HandoverNote, Person, ServiceRequest, Shift } from '../domain';
import { MINUTE, type BuildContext } from './context';
import type { Layout } from './layout';
import { nameGenerator, nameIn } from './names';
import type { PatrolRound } from './patrolLog';
import { shiftFinder, type Roster } from './roster';
import { L, patrolText, shiftText } from './text';
import { crossings, handoverNotes, patrolTexts, requests, shiftChangeText, timeline, type Timed } from './textLog';

export interface DemoLogs {
  activityLog: ActivityLogEntry[];
  entranceLog: EntranceLogEntry[];
  serviceRequests: ServiceRequest[];
  handoverNotes: HandoverNote[];
}

/** Who was in charge at an instant: the leader of the shift then running. */
export function leaderNameAt(roster: Roster, people: readonly Person[]): (at: number) => string {
  const byId = new Map(people.map((p) => [p.id, p]));
  const find = shiftFinder(roster.shifts);
  const fallback = people[0]?.name ?? '—';
  return (at) => {
    const shift = find(at);
    const leader = shift?.leaderId ? byId.get(shift.leaderId) : undefined;
    return leader?.name ?? fallback;
  };
}

/** Activity, entrance log, requests and handover notes of day one and two, up to now. */
/**
 * Adds an activity entry as the post would have written it at the time: recorded when it
 * happened, by the shift's leader, no correction or incident.
 */
export function activityWriter(
  ctx: BuildContext,
  into: ActivityLogEntry[],
  leaderAt: (at: number) => string,
): (at: number, kind: ActivityLogEntry['kind'], text: string) => void {
  return (at, kind, text) => {
    into.push({
      id: ctx.newId(),
      siteId: ctx.siteId,
      at,
      recordedAt: at,
      kind,
      text,
      operator: leaderAt(at),
      correctsId: null,
      incidentId: null,
    });
  };
}

export function buildDemoLogs(
  ctx: BuildContext,
  layout: Layout,
  roster: Roster,
  people: readonly Person[],
  rounds: readonly PatrolRound[],
): DemoLogs {
  const leaderAt = leaderNameAt(roster, people);
  const when = (t: Timed) => ctx.at(t.day, t.minute);
  const past = (at: number) => at <= ctx.now;

  const activityLog: ActivityLogEntry[] = [];
  const activity = activityWriter(ctx, activityLog, leaderAt);
  for (const e of timeline) if (past(when(e))) activity(when(e), e.kind, ctx.t(e.text));
  for (const shift of roster.shifts) {
    if (shift.startsAt <= ctx.closureStart || !past(shift.startsAt)) continue;
    const slot = shiftText.slots[shift.slotIndex] ?? shiftText.pattern;
    activity(shift.startsAt, 'shift', ctx.t(shiftChangeText(slot, leaderAt(shift.startsAt))));
  }
  const first = rounds[0];
  if (first?.patrol.endedAt != null) activity(first.patrol.endedAt, 'patrol', ctx.t(patrolTexts.done(first.round)));
  for (const r of rounds) {
    for (const o of r.observations) {
      const checkpoint = patrolText.checkpoints[o.checkpointIndex] ?? patrolText.route;
      activity(o.at, 'patrol', ctx.t(patrolTexts.activity(r.round, checkpoint, o.note)));
    }
  }
  activityLog.sort((a, b) => a.at - b.at);

  return {
    activityLog,
    entranceLog: buildCrossings(ctx, layout, leaderAt),
    serviceRequests: buildRequests(ctx),
    handoverNotes: buildHandover(ctx, roster.shifts, leaderAt),
  };
}

function buildCrossings(ctx: BuildContext, layout: Layout, leaderAt: (at: number) => string): EntranceLogEntry[] {
  const rows: EntranceLogEntry[] = [];
  const legs = new Map<string, EntranceLogEntry[]>();
  for (const c of crossings) {
    const at = ctx.at(c.day, c.minute);
    if (at > ctx.now) continue;
    const row: EntranceLogEntry = {
      id: ctx.newId(),
      siteId: ctx.siteId,
      entranceId: layout.entranceByKey.main.id,
      at,
      direction: c.direction,
      subjectKind: c.subjectKind,
      subject: ctx.t(c.subject),
      reason: ctx.t(c.reason),
      authorisedBy: leaderAt(at),
      pairId: null,
    };
    rows.push(row);
    if (c.pair) legs.set(c.pair, [...(legs.get(c.pair) ?? []), row]);
  }
  // Pair the trip out with the trip back only once both have happened.
  for (const pair of legs.values()) {
    const [out, back] = pair;
    if (pair.length !== 2 || !out || !back) continue;
    out.pairId = back.id;
    back.pairId = out.id;
  }
  return rows;
}

function buildRequests(ctx: BuildContext): ServiceRequest[] {
  const names = nameGenerator(ctx.rng.fork('residents'));
  const patient = nameIn(names(), ctx.language);
  const residentOf: Record<ServiceRequest['kind'], string> = {
    'medical-transport': ctx.t(L(`7号楼302室 ${patient}`, `Block 7, flat 302, ${patient}`)),
    medicine: ctx.t(L('32户（名单见代配药台账）', '32 households (see the medicine register)')),
    meals: ctx.t(L('3、9、11号楼独居老人6位', '6 elderly residents living alone, blocks 3, 9 and 11')),
    donation: '',
    other: '',
  };
  return requests
    .filter((r) => ctx.at(r.created.day, r.created.minute) <= ctx.now)
    .map((r) => {
      const createdAt = ctx.at(r.created.day, r.created.minute);
      return {
        id: ctx.newId(),
        siteId: ctx.siteId,
        kind: r.kind,
        title: ctx.t(r.title),
        resident: residentOf[r.kind],
        details: ctx.t(r.details),
        state: r.state,
        createdAt,
        updatedAt: Math.max(createdAt, Math.min(ctx.at(r.updated.day, r.updated.minute), ctx.now)),
      };
    });
}

function buildHandover(ctx: BuildContext, shifts: readonly Shift[], leaderAt: (at: number) => string): HandoverNote[] {
  return shifts
    .filter((s) => s.endsAt <= ctx.now)
    .flatMap((s, i) => {
      const text = handoverNotes[i];
      if (!text) return [];
      const at = Math.max(s.startsAt, s.endsAt - 10 * MINUTE);
      return [
        {
          id: ctx.newId(),
          siteId: ctx.siteId,
          shiftId: s.id,
          text: ctx.t(text),
          author: leaderAt(at),
          at,
          doneAt: null,
          doneBy: '',
        },
      ];
    });
}
