import { describe, expect, it } from 'vitest';
import { addDays, localDate, zonedInstant } from '../time/zoned';
import { buildDemoSite } from './buildDemoSite';

const tz = 'Asia/Shanghai';
const HOUR = 3_600_000;
const nows = [
  Date.UTC(2021, 10, 27, 16, 0, 30), // 00:00:30 local
  Date.UTC(2021, 10, 28, 0, 0), // 08:00 exactly, a shift change
  Date.UTC(2021, 10, 28, 6, 17, 23, 456), // 14:17
  Date.UTC(2021, 10, 28, 15, 59), // 23:59
];

describe.each(nows)('the demo roster at now=%i', (now) => {
  const data = buildDemoSite({ now, language: 'en' });
  const today = localDate(now, tz);
  const postById = new Map(data.posts.map((p) => [p.id, p]));
  const groupById = new Map(data.groups.map((g) => [g.id, g]));
  const personById = new Map(data.people.map((p) => [p.id, p]));

  it('has one three-shift pattern and 9 contiguous shifts over yesterday, today and tomorrow', () => {
    expect(data.shiftPatterns).toHaveLength(1);
    expect(data.shiftPatterns[0]?.slots.map((s) => [s.startMinute, s.durationMinutes])).toEqual([
      [0, 480],
      [480, 480],
      [960, 480],
    ]);
    expect(data.shifts).toHaveLength(9);
    const dates = [-1, 0, 1].map((d) => addDays(today, d));
    expect(data.shifts.map((s) => s.date)).toEqual(dates.flatMap((d) => [d, d, d]));
    expect(data.shifts.map((s) => s.slotIndex)).toEqual([0, 1, 2, 0, 1, 2, 0, 1, 2]);
    expect(data.shifts[0]?.startsAt).toBe(zonedInstant(addDays(today, -1), 0, tz));
    expect(data.shifts.at(-1)?.endsAt).toBe(zonedInstant(addDays(today, 2), 0, tz));
    data.shifts.forEach((s, i) => {
      expect(s.endsAt - s.startsAt).toBe(8 * HOUR);
      const next = data.shifts[i + 1];
      if (next) expect(next.startsAt).toBe(s.endsAt);
    });
    expect(data.shifts.filter((s) => s.startsAt <= now && now < s.endsAt)).toHaveLength(1);
  });

  it('gives every shift a leader from on-site control or coordination', () => {
    for (const s of data.shifts) {
      const leader = s.leaderId ? personById.get(s.leaderId) : undefined;
      const group = leader?.groupId ? groupById.get(leader.groupId) : undefined;
      expect(['现场管控组', '现场协调组', 'On-site control', 'On-site coordination']).toContain(group?.name);
    }
  });

  it('staffs every post at its minimum or one more, from the outside groups only', () => {
    for (const shift of data.shifts) {
      for (const post of data.posts) {
        const n = data.assignments.filter((a) => a.shiftId === shift.id && a.postId === post.id).length;
        expect(n).toBeGreaterThanOrEqual(post.minStaff);
        expect(n).toBeLessThanOrEqual(post.minStaff + 1);
      }
    }
    for (const a of data.assignments) {
      const person = personById.get(a.personId);
      expect(person?.reserve).toBe(false);
      expect(groupById.get(person?.groupId ?? '')?.side).toBe('outside');
      expect(postById.has(a.postId)).toBe(true);
    }
  });

  it('never books a person twice at once and leaves at least 16 hours between shifts', () => {
    const shiftById = new Map(data.shifts.map((s) => [s.id, s]));
    for (const shift of data.shifts) {
      const people = data.assignments.filter((a) => a.shiftId === shift.id).map((a) => a.personId);
      expect(new Set(people).size).toBe(people.length);
    }
    const byPerson = new Map<string, { startsAt: number; endsAt: number }[]>();
    for (const a of data.assignments) {
      const s = shiftById.get(a.shiftId);
      if (s) byPerson.set(a.personId, [...(byPerson.get(a.personId) ?? []), s]);
    }
    for (const shifts of byPerson.values()) {
      shifts.sort((x, y) => x.startsAt - y.startsAt);
      for (let i = 1; i < shifts.length; i++) {
        const prev = shifts[i - 1];
        const cur = shifts[i];
        if (prev && cur) expect(cur.startsAt - prev.endsAt).toBeGreaterThanOrEqual(16 * HOUR);
      }
    }
    // Patrol people are not also standing at a post at the same time.
    for (const p of data.patrols) {
      const shift = data.shifts.find((s) => s.startsAt <= p.dueAt && p.dueAt < s.endsAt);
      const posted = new Set(data.assignments.filter((a) => a.shiftId === shift?.id).map((a) => a.personId));
      for (const id of p.personIds) expect(posted.has(id)).toBe(false);
    }
  });

  it('records check-in and check-out as far as the shift has run', () => {
    const shiftById = new Map(data.shifts.map((s) => [s.id, s]));
    for (const a of data.assignments) {
      const s = shiftById.get(a.shiftId);
      if (!s) throw new Error('shift');
      if (s.endsAt <= now) {
        expect(a.checkedInAt).not.toBeNull();
        expect(a.checkedOutAt).not.toBeNull();
        expect((a.checkedOutAt ?? 0) >= (a.checkedInAt ?? 0)).toBe(true);
      } else if (s.startsAt <= now) {
        expect(a.checkedInAt).not.toBeNull();
        expect(a.checkedOutAt).toBeNull();
      } else {
        expect(a.checkedInAt).toBeNull();
        expect(a.checkedOutAt).toBeNull();
      }
      if (a.checkedInAt !== null) expect(a.checkedInAt).toBeLessThanOrEqual(now);
      if (a.checkedOutAt !== null) expect(a.checkedOutAt).toBeLessThanOrEqual(now);
    }
  });

  it('has a handover note for every shift that has ended, none for the others', () => {
    const ended = data.shifts.filter((s) => s.endsAt <= now).map((s) => s.id);
    expect(data.handoverNotes.map((h) => h.shiftId)).toEqual(ended);
    for (const h of data.handoverNotes) expect(data.people.map((p) => p.name)).toContain(h.author);
  });
});
