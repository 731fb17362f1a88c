import type { Page } from '@playwright/test';

/** What the shift sheet must show, read straight from the app's IndexedDB: the spec's ground truth. */
export interface ShiftFacts {
  shift: { name: string; startsAt: number; endsAt: number };
  entrances: { name: string; state: string }[];
  posts: { name: string; people: { name: string; phone: string }[] }[];
  /** Each planned round's due time, HH:mm in the site's zone. */
  rounds: string[];
  previousNotes: string[];
  /** The activity log's entries in the shift, by text. */
  logTexts: string[];
}

/**
 * Reads the store the way a person would check the paper against the screens: the shift
 * running at `now`, every entrance, every post with the people assigned to it in that
 * shift, the rounds its routes' intervals plan in it, and the previous shift's notes.
 */
export async function shiftFacts(page: Page, now: number): Promise<ShiftFacts> {
  return page.evaluate(async (at) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('cordon');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error ?? new Error('open failed'));
    });
    const all = <T>(table: string) =>
      new Promise<T[]>((resolve, reject) => {
        const req = db.transaction(table).objectStore(table).getAll();
        req.onsuccess = () => resolve(req.result as T[]);
        req.onerror = () => reject(req.error ?? new Error('read failed'));
      });
    type Shift = { id: string; name: string; startsAt: number; endsAt: number };
    const shifts = (await all<Shift>('shifts')).sort((a, b) => a.startsAt - b.startsAt);
    const shift = shifts.filter((s) => s.startsAt <= at && at < s.endsAt).at(-1);
    if (!shift) throw new Error('no shift running');
    const previous = shifts.filter((s) => s.startsAt < shift.startsAt).at(-1);
    const entrances = (await all<{ number: number; name: string; state: string }>('entrances')).sort(
      (a, b) => a.number - b.number,
    );
    const posts = (await all<{ id: string; name: string; order: number }>('posts')).sort((a, b) => a.order - b.order);
    const people = new Map(
      (await all<{ id: string; name: string; phone: string }>('people')).map((p) => [p.id, p] as const),
    );
    const assignments = (
      await all<{ id: string; shiftId: string; postId: string; personId: string; replacesId: string | null }>(
        'assignments',
      )
    ).filter((a) => a.shiftId === shift.id);
    const replaced = new Set(assignments.map((a) => a.replacesId));
    const routes = await all<{ active: boolean; intervalMinutes: number | null; startsAt: number }>('patrolRoutes');
    // Interval timetables count from each local midnight (shared/rules/patrolTimetable.ts); the
    // site's zone, Asia/Shanghai, is UTC+8 all year.
    const rounds: number[] = [];
    const DAY = 86_400_000;
    const midnight = shift.startsAt - ((shift.startsAt + 8 * 3_600_000) % DAY);
    for (const r of routes) {
      if (!r.active || !r.intervalMinutes) continue;
      const step = r.intervalMinutes * 60_000;
      for (let t = midnight; t < shift.endsAt; t += step) if (t >= shift.startsAt) rounds.push(t);
    }
    const hhmm = new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Asia/Shanghai',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    const notes = await all<{ shiftId: string; text: string }>('handoverNotes');
    const log = await all<{ at: number; text: string }>('activityLog');
    return {
      shift: { name: shift.name, startsAt: shift.startsAt, endsAt: shift.endsAt },
      entrances: entrances.map((e) => ({ name: e.name, state: e.state })),
      posts: posts.map((p) => ({
        name: p.name,
        people: assignments
          .filter((a) => a.postId === p.id && !replaced.has(a.id))
          .flatMap((a) => {
            const person = people.get(a.personId);
            return person ? [{ name: person.name, phone: person.phone }] : [];
          }),
      })),
      rounds: rounds.sort((a, b) => a - b).map((t) => hhmm.format(t)),
      previousNotes: previous ? notes.filter((n) => n.shiftId === previous.id).map((n) => n.text) : [],
      logTexts: log.filter((e) => e.at >= shift.startsAt && e.at < shift.endsAt).map((e) => e.text),
    };
  }, now);
}
