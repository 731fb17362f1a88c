import type { ActivityLogEntry, EntranceLogEntry, HandoverNote, Person, ServiceRequest } from '../domain';
import { zonedInstant } from '../time/zoned';
import { HOUR, MINUTE, type BuildContext } from './context';
import { activityWriter, leaderNameAt, type DemoLogs } from './demoLogs';
import type { Layout } from './layout';
import { nameIn, randomName } from './names';
import type { PatrolRound } from './patrolLog';
import type { Roster } from './roster';
import { patrolText, shiftText } from './text';
import { patrolTexts, shiftChangeText } from './textLog';
import {
  activityTemplates,
  crossingTemplates,
  handoverSentences,
  requestTemplates,
  residentAddress,
  transferTemplates,
} from './textYear';

/**
 * The logs of a generated period, day by day: about 40 crossings, 30 activity rows and
 * 5 service requests a day, and a handover note for every shift that has ended.
 */
export function buildYearLogs(
  ctx: BuildContext,
  layout: Layout,
  roster: Roster,
  people: readonly Person[],
  rounds: readonly PatrolRound[],
  dates: readonly string[],
): DemoLogs {
  const rng = ctx.rng.fork('year-logs');
  const leaderAt = leaderNameAt(roster, people);
  const inPeriod = (at: number) => at >= ctx.closureStart && at <= ctx.now;
  const entranceId = layout.entranceByKey.main.id;
  const entranceLog: EntranceLogEntry[] = [];
  const activityLog: ActivityLogEntry[] = [];
  const serviceRequests: ServiceRequest[] = [];

  const crossing = (
    at: number,
    t: { direction: 'in' | 'out'; subjectKind: EntranceLogEntry['subjectKind']; subject: string; reason: string },
  ) => {
    const row: EntranceLogEntry = {
      id: ctx.newId(),
      siteId: ctx.siteId,
      entranceId,
      at,
      ...t,
      authorisedBy: leaderAt(at),
      pairId: null,
    };
    entranceLog.push(row);
    return row;
  };
  const activity = activityWriter(ctx, activityLog, leaderAt);
  const daytime = (dayStart: number) => dayStart + rng.int(6 * 60, 22 * 60) * MINUTE + rng.int(0, 59) * 1000;

  dates.forEach((date, day) => {
    const dayStart = zonedInstant(date, 0, ctx.timeZone);
    // Crossings: everyday traffic, then closed-loop transfers (dialysis every other day,
    // a medicine run daily, now and then a hospital visit), paired once both legs happened.
    for (let i = rng.int(34, 42); i > 0; i--) {
      const at = daytime(dayStart);
      if (!inPeriod(at)) continue;
      const tpl = rng.pick(crossingTemplates);
      crossing(at, {
        direction: tpl.direction,
        subjectKind: tpl.subjectKind,
        subject: ctx.t(tpl.subject),
        reason: ctx.t(tpl.reason),
      });
    }
    transferTemplates.forEach((tpl, k) => {
      const happens = k === 0 ? day % 2 === 0 : k === 2 ? true : rng.chance(0.2);
      if (!happens) return;
      const outAt = dayStart + (7 * 60 + k * 180 + rng.int(0, 40)) * MINUTE;
      const backAt = outAt + rng.int(150, 300) * MINUTE;
      if (!inPeriod(outAt)) return;
      const subject = ctx.t(tpl.subject);
      const out = crossing(outAt, { direction: 'out', subjectKind: tpl.subjectKind, subject, reason: ctx.t(tpl.out) });
      if (!inPeriod(backAt)) return;
      const back = crossing(backAt, {
        direction: 'in',
        subjectKind: tpl.subjectKind,
        subject,
        reason: ctx.t(tpl.back),
      });
      out.pairId = back.id;
      back.pairId = out.id;
    });
    for (let i = rng.int(2, 4); i > 0; i--) {
      const at = daytime(dayStart);
      const tpl = rng.pick(activityTemplates);
      if (inPeriod(at)) activity(at, tpl.kind, ctx.t(tpl.text));
    }
    for (let i = rng.int(3, 7); i > 0; i--) {
      const createdAt = daytime(dayStart);
      if (inPeriod(createdAt)) serviceRequests.push(request(ctx, createdAt, rng));
    }
  });

  for (const shift of roster.shifts) {
    if (shift.startsAt <= ctx.closureStart || shift.startsAt > ctx.now) continue;
    activity(
      shift.startsAt,
      'shift',
      ctx.t(shiftChangeText(shiftText.slots[shift.slotIndex] ?? shiftText.pattern, leaderAt(shift.startsAt))),
    );
  }
  for (const r of rounds) {
    if (r.patrol.endedAt === null) continue;
    if (r.observations.length === 0) activity(r.patrol.endedAt, 'patrol', ctx.t(patrolTexts.done(r.round)));
    for (const o of r.observations) {
      activity(
        o.at,
        'patrol',
        ctx.t(patrolTexts.activity(r.round, patrolText.checkpoints[o.checkpointIndex] ?? patrolText.route, o.note)),
      );
    }
  }

  const handoverNotes: HandoverNote[] = [];
  for (const shift of roster.shifts) {
    if (shift.endsAt > ctx.now) continue;
    const at = shift.endsAt - rng.int(5, 20) * MINUTE;
    const text = rng
      .shuffle(handoverSentences)
      .slice(0, rng.int(2, 3))
      .map((s) => ctx.t(s))
      .join(ctx.language === 'en' ? ' ' : '');
    handoverNotes.push({
      id: ctx.newId(),
      siteId: ctx.siteId,
      shiftId: shift.id,
      text,
      author: leaderAt(at),
      at,
      doneAt: null,
      doneBy: '',
    });
  }

  entranceLog.sort((a, b) => a.at - b.at);
  activityLog.sort((a, b) => a.at - b.at);
  serviceRequests.sort((a, b) => a.createdAt - b.createdAt);
  return { entranceLog, activityLog, serviceRequests, handoverNotes };
}

function request(ctx: BuildContext, createdAt: number, rng: BuildContext['rng']): ServiceRequest {
  const tpl = rng.pick(requestTemplates);
  const age = ctx.now - createdAt;
  let state: ServiceRequest['state'];
  if (age < 12 * HOUR) state = rng.chance(0.5) ? 'open' : 'in-progress';
  else if (age < 48 * HOUR) state = rng.chance(0.5) ? 'in-progress' : 'done';
  else state = rng.chance(0.92) ? 'done' : 'cancelled';
  const updatedAt = state === 'open' ? createdAt : Math.min(ctx.now, createdAt + rng.int(30, 30 * 60) * MINUTE);
  const resident =
    tpl.kind === 'donation'
      ? ''
      : ctx.t(
          residentAddress(rng.int(1, 12), rng.int(1, 6) * 100 + rng.int(1, 4), nameIn(randomName(rng), ctx.language)),
        );
  return {
    id: ctx.newId(),
    siteId: ctx.siteId,
    kind: tpl.kind,
    title: ctx.t(tpl.title),
    resident,
    details: ctx.t(tpl.details),
    state,
    createdAt,
    updatedAt,
  };
}
