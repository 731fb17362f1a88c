import { describe, expect, it } from 'vitest';
import type { SiteDataset } from './dataset';
import { buildDemoSite } from './buildDemoSite';

const MINUTE = 60_000;
const nows = [
  Date.UTC(2021, 10, 27, 16, 0, 30), // 00:00:30 local
  Date.UTC(2021, 10, 27, 16, 5), // 00:05, a patrol just started
  Date.UTC(2021, 10, 28, 0, 0), // 08:00
  Date.UTC(2021, 10, 28, 6, 17, 23, 456), // 14:17
  Date.UTC(2021, 10, 28, 15, 59), // 23:59
];

/** Every timestamp that records something that happened (not a plan or a schedule). */
function happenedAt(d: SiteDataset): number[] {
  return [
    ...d.sites.flatMap((s) => [s.createdAt, s.closureStartedAt ?? 0]),
    ...d.upgradeItems.flatMap((u) => [u.actualStart ?? 0, u.actualEnd ?? 0, u.checkedAt ?? 0, u.updatedAt]),
    ...d.assignments.flatMap((a) => [a.checkedInAt ?? 0, a.checkedOutAt ?? 0]),
    ...d.patrols.flatMap((p) => [p.dueAt, p.startedAt ?? 0, p.endedAt ?? 0]),
    ...d.checkpointVisits.map((v) => v.at),
    ...d.entranceLog.map((e) => e.at),
    ...d.activityLog.map((a) => a.at),
    ...d.serviceRequests.flatMap((r) => [r.createdAt, r.updatedAt]),
    ...d.handoverNotes.map((h) => h.at),
  ];
}

describe.each(nows)('the demo timeline at now=%i', (now) => {
  const data = buildDemoSite({ now, language: 'zh-CN' });
  const closure = data.sites[0]?.closureStartedAt ?? 0;

  it('dates nothing after now except future shifts and planned work', () => {
    for (const t of happenedAt(data)) expect(t).toBeLessThanOrEqual(now);
  });

  it('has one route with 8 checkpoints in order', () => {
    expect(data.patrolRoutes).toEqual([
      expect.objectContaining({ intervalMinutes: 60, expectedMinutes: 25, active: true }),
    ]);
    expect(data.checkpoints.map((c) => c.order)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it('patrols every hour since the sealing, each visit inside its patrol, none late', () => {
    const route = data.patrolRoutes[0];
    const expected = (route?.expectedMinutes ?? 0) * MINUTE;
    expect(data.patrols.length).toBe(Math.floor((now - closure) / (60 * MINUTE) + 0.5));
    data.patrols.forEach((p, i) => {
      expect(p.dueAt).toBe(closure + 30 * MINUTE + i * 60 * MINUTE);
      expect(p.startedAt).not.toBeNull();
      const start = p.startedAt ?? 0;
      expect(start).toBeGreaterThanOrEqual(p.dueAt);
      expect(start - p.dueAt).toBeLessThanOrEqual(10 * MINUTE);
      expect((p.endedAt ?? now) - start).toBeLessThanOrEqual(expected);
      expect(p.personIds).toHaveLength(2);
      const visits = data.checkpointVisits.filter((v) => v.patrolId === p.id);
      if (p.endedAt !== null) expect(visits).toHaveLength(8);
      const order = visits.map((v) => data.checkpoints.find((c) => c.id === v.checkpointId)?.order);
      expect(order).toEqual(order.map((_, k) => k + 1));
      visits.forEach((v, k) => {
        expect(v.at).toBeGreaterThan(start);
        expect(v.at).toBeLessThan(p.endedAt ?? now + 1);
        expect(v.observation === 'observation').toBe(v.note !== '');
        if (k > 0) expect(v.at).toBeGreaterThan(visits[k - 1]?.at ?? 0);
      });
    });
    const open = data.patrols.filter((p) => p.endedAt === null);
    expect(open.length).toBeLessThanOrEqual(1);
    if (open[0]) expect(open[0]).toBe(data.patrols.at(-1));
    const last = data.patrols.at(-1);
    if (last && now - last.dueAt < 20 * MINUTE) expect(last.endedAt).toBeNull();
  });

  it('pairs the two legs of each closed-loop transfer both ways', () => {
    const byId = new Map(data.entranceLog.map((e) => [e.id, e]));
    for (const e of data.entranceLog) {
      if (e.pairId === null) continue;
      const other = byId.get(e.pairId);
      expect(other?.pairId).toBe(e.id);
      expect(other?.direction).not.toBe(e.direction);
    }
    const ambulance = data.entranceLog.filter((e) => e.subjectKind === 'ambulance');
    expect(ambulance.map((e) => e.direction)).toEqual(['out', 'in']);
    expect(ambulance.every((e) => e.pairId !== null)).toBe(true);
    const main = data.entrances.find((e) => e.kind === 'passage');
    for (const e of data.entranceLog) {
      expect(e.entranceId).toBe(main?.id);
      expect(data.people.map((p) => p.name)).toContain(e.authorisedBy);
    }
    expect(data.entranceLog.some((e) => e.subject.includes('面条100份') && e.subject.includes('400公斤'))).toBe(true);
  });

  it('logs the day-one milestones that have happened, in time order, by named operators', () => {
    const texts = data.activityLog.map((a) => a.text);
    for (const needle of ['区疾控中心', '全封闭', '一线指挥部', '第一轮全员核酸检测']) {
      expect(texts.some((t) => t.includes(needle))).toBe(true);
    }
    const secondRoundDone = data.activityLog.find((a) => a.text.includes('第二轮全员核酸检测完成'));
    expect(secondRoundDone !== undefined).toBe(now >= closure + (34 * 60 + 30) * MINUTE);
    const ats = data.activityLog.map((a) => a.at);
    expect(ats).toEqual([...ats].sort((a, b) => a - b));
    const names = new Set(data.people.map((p) => p.name));
    for (const a of data.activityLog) expect(names.has(a.operator)).toBe(true);
    expect(data.activityLog.some((a) => a.kind === 'patrol')).toBe(true);
    expect(data.activityLog.some((a) => a.kind === 'perimeter')).toBe(true);
  });

  it('has the service requests of the case in their states', () => {
    const state = (kind: string) => data.serviceRequests.find((r) => r.kind === kind)?.state;
    expect(state('medical-transport')).toMatch(/in-progress|done/);
    expect(state('medicine')).toBe('in-progress');
    expect(state('meals')).toBe('open');
    expect(state('donation')).toBe('done');
    expect(data.serviceRequests.find((r) => r.kind === 'medicine')?.title).toContain('32');
  });
});

describe('the demo a few minutes after a patrol was due', () => {
  it('shows that patrol under way', () => {
    const now = Date.UTC(2021, 10, 28, 6, 12); // 14:12 local, round due 14:00
    const data = buildDemoSite({ now, language: 'en', seed: 3 });
    const last = data.patrols.at(-1);
    expect(last?.dueAt).toBe(Date.UTC(2021, 10, 28, 6, 0));
    expect(last?.startedAt).not.toBeNull();
    expect(last?.endedAt).toBeNull();
  });
});
