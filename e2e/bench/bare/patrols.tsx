/**
 * The benchmark's reference for the patrol history: the same rows (a period's rounds by
 * [siteId+dueAt], their visits by patrolId, the names of who went) read with Dexie from
 * the app's own store (this page is served from the app's origin, in the context the app
 * seeded), drawn by React as a plain table of the first ROWS rounds (about what the app's
 * list draws in view) with the period's count. No live queries, no timetable, no rules,
 * no chart. The period select and the 上一段 button work as the app's do, so both are
 * timed the same way.
 *
 * Also, on demand: a month's punctuality timed in this page (benchPunctuality): the app's
 * rules over the month's rows against a plain count over the same rows.
 */
import Dexie from 'dexie';
import { useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import type { CheckpointVisit, Patrol, PatrolRoute, Person, Shift, Site } from '../../../shared/domain';
import { defaultPatrolRules } from '../../../shared/domain';
import { punctuality, punctualityByHour } from '../../../shared/rules/patrolPunctuality';
import { roundsBetween } from '../../../shared/rules/patrolRounds';
import { localDate, zoneOffsetMs } from '../../../shared/time/zoned';
import { periodOf, stepPeriod, type PeriodKind } from '../../../renderer/features/patrols/history/period';

const ROWS = 24;

interface Read {
  from: number;
  patrols: Patrol[];
  visits: CheckpointVisit[];
  names: Map<string, string>;
}

async function readPeriod(db: Dexie, siteId: string, from: number, to: number): Promise<Read> {
  const { patrols, lists } = await db.transaction('r', ['patrols', 'checkpointVisits'], async () => {
    const patrols = (await db
      .table('patrols')
      .where('[siteId+dueAt]')
      .between([siteId, from], [siteId, to], true, false)
      .toArray()) as Patrol[];
    // As the app reads them: one index read per round, side by side (anyOf's cursor is ~10× slower).
    const lists = await Promise.all(
      patrols.map(
        (p) => db.table('checkpointVisits').where('patrolId').equals(p.id).toArray() as Promise<CheckpointVisit[]>,
      ),
    );
    return { patrols, lists };
  });
  const visits = lists.flat();
  const ids = [...new Set(patrols.flatMap((p) => p.personIds))];
  const people = (await db.table('people').bulkGet(ids)) as (Person | undefined)[];
  const names = new Map<string, string>();
  for (const p of people) if (p) names.set(p.id, p.name);
  return { from, patrols, visits, names };
}

function History({ db, site }: { db: Dexie; site: Site }) {
  const zone = site.timeZone;
  const [kind, setKind] = useState<PeriodKind>('day');
  const [date, setDate] = useState(() => localDate(Date.now(), zone));
  const [data, setData] = useState<Read | null>(null);
  useEffect(() => {
    let current = true;
    const p = periodOf(kind, date, zone);
    void readPeriod(db, site.id, p.from, p.to).then((d) => {
      if (current) setData(d);
    });
    return () => {
      current = false;
    };
  }, [db, site.id, zone, kind, date]);
  const time = new Intl.DateTimeFormat('zh-CN', {
    timeZone: zone,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  const reached = new Map<string, number>();
  for (const v of data?.visits ?? [])
    if (v.status === 'reached') reached.set(v.patrolId, (reached.get(v.patrolId) ?? 0) + 1);
  return (
    <section>
      <label>
        时段
        <select value={kind} onChange={(e) => setKind(e.target.value as PeriodKind)}>
          <option value="day">一天</option>
          <option value="month">一月</option>
        </select>
      </label>
      <button type="button" data-step="-1" onClick={() => setDate(stepPeriod(kind, date, -1))}>
        上一段
      </button>
      {data && (
        <>
          <h4>
            每轮巡逻{' '}
            <span className="history-count" data-from={data.from}>
              共 {data.patrols.length} 轮
            </span>
          </h4>
          <table>
            <tbody>
              {data.patrols.slice(0, ROWS).map((p) => (
                <tr key={p.id}>
                  <td>{time.format(p.dueAt)}</td>
                  <td>{p.routeName}</td>
                  <td>{p.startedAt === null ? '—' : time.format(p.startedAt)}</td>
                  <td>{p.endedAt === null ? '—' : time.format(p.endedAt)}</td>
                  <td>{p.personIds.map((id) => data.names.get(id) ?? '').join('、')}</td>
                  <td>
                    {reached.get(p.id) ?? 0}/{p.checkpoints.length}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}

export interface PunctualityFigures {
  rounds: number;
  app_ms: number[];
  ref_ms: number[];
}

const w = window as unknown as {
  benchPunctuality: (runs: number, warmUp: number) => Promise<PunctualityFigures>;
};

async function main(root: HTMLElement): Promise<void> {
  // No schema given: Dexie opens the app's store as it is, with its indexes.
  const db = new Dexie('cordon');
  await db.open();
  const site = (await db.table('sites').toCollection().first()) as Site | undefined;
  if (!site) throw new Error('no site in the store: seed it with the app first');

  // Last month's punctuality from the store: its rows read and the app's rules run, against the same rows read and counted plainly.
  w.benchPunctuality = async (runs, warmUp) => {
    const today = localDate(Date.now(), site.timeZone);
    const month = periodOf('month', stepPeriod('month', today, -1), site.timeZone);
    const rules = site.patrolRules ?? defaultPatrolRules;
    // The plain count takes the hour of day from the zone's offset at the month's start (no DST at the demo's site).
    const offset = zoneOffsetMs(month.from, site.timeZone);
    const app: number[] = [];
    const ref: number[] = [];
    let rounds = 0;
    for (let i = 0; i < warmUp + runs; i++) {
      let t0 = performance.now();
      const [rows, routes, shifts] = await Promise.all([
        readPeriod(db, site.id, month.from, month.to),
        db.table('patrolRoutes').where('siteId').equals(site.id).toArray() as Promise<PatrolRoute[]>,
        db
          .table('shifts')
          .where('[siteId+startsAt]')
          .between([site.id, month.from - 86_400_000], [site.id, month.to], true, false)
          .toArray() as Promise<Shift[]>,
      ]);
      const all = roundsBetween({
        routes,
        ...rows,
        from: month.from,
        to: month.to,
        now: Date.now(),
        rules,
        timeZone: site.timeZone,
      });
      const p = punctuality(all, shifts);
      punctualityByHour(all, site.timeZone);
      const a = performance.now() - t0;
      rounds = p.total.rounds;
      t0 = performance.now();
      const plain = await readPeriod(db, site.id, month.from, month.to);
      const reached = new Map<string, number>();
      for (const v of plain.visits)
        if (v.status === 'reached') reached.set(v.patrolId, (reached.get(v.patrolId) ?? 0) + 1);
      const c = { onTime: 0, completed: 0, allReached: 0, overran: 0, hours: new Array<number>(24).fill(0) };
      for (const r of plain.patrols) {
        if (r.startedAt !== null && r.startedAt <= r.dueAt + rules.startGraceMinutes * 60_000) c.onTime++;
        const all = (reached.get(r.id) ?? 0) === r.checkpoints.length;
        if (all) c.allReached++;
        if (r.endedAt !== null && all) c.completed++;
        const hour = new Date(r.dueAt + offset).getUTCHours();
        c.hours[hour] = (c.hours[hour] ?? 0) + 1;
      }
      const b = performance.now() - t0;
      if (i >= warmUp) {
        app.push(a);
        ref.push(b);
      }
    }
    return { rounds, app_ms: app, ref_ms: ref };
  };

  createRoot(root).render(<History db={db} site={site} />);
  requestAnimationFrame(() => {
    performance.mark('bare:ready');
    document.body.dataset.ready = 'true';
  });
}

const root = document.getElementById('root');
if (!root) throw new Error('no #root element');
main(root).catch((err: unknown) => {
  root.textContent = String(err);
});
