/**
 * The benchmark's reference for the assignment board: the same cells (post names and
 * minimums, shift heads with their leader, people's names, filled/minimum) drawn by React
 * as a plain table with the board's own CSS, from data already in memory (read from a JSON
 * file before the page says it is ready). No store, no live queries, no rules, no buttons,
 * no drag and drop. The days select works as the board's does, so both are timed the same way.
 *
 * Also, on demand: the board's checks timed in this page (benchShiftsCheck), and the
 * bench's people file read with exceljs and nothing else (benchReadXlsx).
 */
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import '../../../renderer/features/shifts/board/board.css';
import { addDays } from '../../../shared/time/zoned';
import type { BareShiftsData } from '../bareShiftsData';

type Data = BareShiftsData & { names: Map<string, string> };

const key = (shiftId: string, postId: string) => `${shiftId}|${postId}`;
/** A shift ending at midnight ends at 24:00, as the board says. */
const endOf = (time: string) => (time === '00:00' ? '24:00' : time);

function Board({ data, day, time }: { data: Data; day: Intl.DateTimeFormat; time: Intl.DateTimeFormat }) {
  const [days, setDays] = useState(1);
  const dates = new Set(Array.from({ length: days }, (_, i) => addDays(data.from, i)));
  const shown = data.shifts.filter((s) => dates.has(s.date));
  const shownIds = new Set(shown.map((s) => s.id));
  const cells = new Map<string, string[]>();
  for (const a of data.assignments) {
    const name = shownIds.has(a.shiftId) ? data.names.get(a.personId) : undefined;
    if (name === undefined) continue;
    const k = key(a.shiftId, a.postId);
    const list = cells.get(k) ?? [];
    list.push(name);
    cells.set(k, list);
  }
  return (
    <div>
      <div className="board-toolbar">
        <label>
          <span>天数</span>
          <select value={days} onChange={(e) => setDays(Number(e.target.value))}>
            {[1, 3, 7].map((d) => (
              <option key={d} value={d}>
                {d} 天
              </option>
            ))}
          </select>
        </label>
      </div>
      <div className="board-layout">
        <div className="board-scroll">
          <table className="board" data-testid="board">
            <thead>
              <tr>
                <th className="board-corner">岗位</th>
                {shown.map((s) => (
                  <th key={s.id} className="board-shift">
                    <div className="board-shift-name">
                      {day.format(s.startsAt)} {s.name} {time.format(s.startsAt)}–{endOf(time.format(s.endsAt))}
                    </div>
                    <div className="board-leader">
                      带班: <strong>{(s.leaderId && data.names.get(s.leaderId)) ?? '未定'}</strong>
                    </div>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {data.posts.map((post) => (
                <tr key={post.id}>
                  <th className="board-post">
                    {post.name}
                    <span className="board-min">最少 {post.minStaff} 人</span>
                  </th>
                  {shown.map((s) => {
                    const names = cells.get(key(s.id, post.id)) ?? [];
                    return (
                      <td key={s.id} className="board-cell" data-testid="board-cell">
                        <div className={`cell-count${names.length < post.minStaff ? ' short' : ''}`}>
                          {names.length}/{post.minStaff} 人
                        </div>
                        <ul className="cell-people">
                          {names.map((n, i) => (
                            <li key={i}>
                              <span className="cell-person" data-testid="cell-person">
                                {n}
                              </span>
                            </li>
                          ))}
                        </ul>
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <aside />
      </div>
    </div>
  );
}

const w = window as unknown as {
  benchShiftsCheck: (runs: number, warmUp: number) => Promise<unknown>;
  benchReadXlsx: (url: string) => Promise<{ ms: number; rows: number }>;
};

w.benchShiftsCheck = async (runs, warmUp) => (await import('../shiftsCheck')).measureShiftsCheck({ runs, warmUp });

// Timed from the bytes in memory, as the app has them from the file chooser: exceljs loaded, the file read, its rows as text.
w.benchReadXlsx = async (url) => {
  const bytes = await (await fetch(url)).arrayBuffer();
  const t0 = performance.now();
  const { default: ExcelJS } = await import('exceljs');
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes);
  let rows = 0;
  book.worksheets[0]?.eachRow({ includeEmpty: false }, (row) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, column) => {
      cells[column - 1] = cell.text;
    });
    if (cells.length > 0) rows++;
  });
  return { ms: performance.now() - t0, rows };
};

async function main(root: HTMLElement): Promise<void> {
  const raw = (await (await fetch('./data/shifts.json')).json()) as BareShiftsData;
  const data: Data = { ...raw, names: new Map(raw.people.map((p) => [p.id, p.name])) };
  const day = new Intl.DateTimeFormat('zh-CN', {
    timeZone: data.timeZone,
    month: 'short',
    day: 'numeric',
    weekday: 'short',
  });
  const time = new Intl.DateTimeFormat('zh-CN', {
    timeZone: data.timeZone,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  createRoot(root).render(<Board data={data} day={day} time={time} />);
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
