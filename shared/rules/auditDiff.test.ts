import { describe, expect, it } from 'vitest';
import { changedFields, entityLabel } from './auditDiff';

describe('changedFields', () => {
  it('lists only the fields that changed, ignoring ids', () => {
    expect(
      changedFields(
        { id: '1', name: '侧门', state: 'sealed', note: '' },
        { id: '1', name: '侧门', state: 'controlled-open', note: '救护车' },
      ),
    ).toEqual([
      { field: 'note', before: '', after: '救护车' },
      { field: 'state', before: 'sealed', after: 'controlled-open' },
    ]);
  });
  it('shows a creation and a deletion against nothing', () => {
    expect(changedFields(null, { name: 'x' })).toEqual([{ field: 'name', before: '', after: 'x' }]);
    expect(changedFields({ name: 'x' }, null)).toEqual([{ field: 'name', before: 'x', after: '' }]);
  });
  it('compares nested values by content and shortens long ones', () => {
    expect(changedFields({ p: { x: 1 } }, { p: { x: 1 } })).toEqual([]);
    const long = { p: 'a'.repeat(200) };
    expect(changedFields({}, { q: long })[0]?.after.length).toBe(80);
  });
});

describe('entityLabel', () => {
  it('prefers the newer name, then title or label', () => {
    expect(entityLabel({ name: 'old' }, { name: 'new' })).toBe('new');
    expect(entityLabel({ title: 't' }, null)).toBe('t');
    expect(entityLabel(null, 5)).toBeNull();
  });

  it('shows places and shapes on the plan as rounded plan coordinates', () => {
    expect(changedFields({ position: { x: 12.44, y: 7.6 } }, { position: { x: 40, y: 7.6 } })).toEqual([
      { field: 'position', before: '(12.4, 7.6)', after: '(40, 7.6)' },
    ]);
    // Half a unit, as one arrow key at the closest zoom moves a marker.
    expect(changedFields({ position: { x: 10, y: 10 } }, { position: { x: 10.5, y: 10 } })).toEqual([
      { field: 'position', before: '(10, 10)', after: '(10.5, 10)' },
    ]);
    const line = (...ys: number[]) => ({ type: 'line', points: ys.map((y, i) => ({ x: i * 10, y })) });
    // A short line in full: a moved middle vertex shows.
    expect(changedFields({ geometry: line(0, 0, 0) }, { geometry: line(0, 25, 0) })).toEqual([
      { field: 'geometry', before: '(0, 0)–(10, 0)–(20, 0)', after: '(0, 0)–(10, 25)–(20, 0)' },
    ]);
    expect(
      changedFields({ geometry: line(1, 2, 3, 4, 5, 6, 7, 8) }, { geometry: { type: 'point', at: { x: 3, y: 4 } } }),
    ).toEqual([{ field: 'geometry', before: '(0, 1)–·····–(70, 8)', after: '(3, 4)' }]);
    // A long line with a middle point moved: its ends read the same, so the moved point is named.
    expect(changedFields({ geometry: line(1, 2, 3, 4, 5, 6) }, { geometry: line(1, 2, 3, 40, 5, 6) })).toEqual([
      { field: 'geometry', before: '#4 (30, 4)', after: '#4 (30, 40)' },
    ]);
  });
});

describe('changedFields shows each kind of value', () => {
  it.each([
    ['nothing as an em dash', null, 'p1', '—', 'p1'],
    ['numbers as written', 1, 2, '1', '2'],
    ['a number that is not one as NaN', 1, Number.NaN, '1', 'NaN'],
    ['flags as true and false', true, false, 'true', 'false'],
    [
      'a value that only looks like a point as it is',
      { x: '1', y: 2 },
      { x: 1, y: '2' },
      '{"x":"1","y":2}',
      '{"x":1,"y":"2"}',
    ],
    [
      'a line with a point that is not one as it is',
      { points: [null] },
      { points: [{ x: 0, y: 0 }, 'a'] },
      '{"points":[null]}',
      '{"points":[{"x":0,"y":0},"a"]}',
    ],
  ])('shows %s', (_what, before, after, shownBefore, shownAfter) => {
    expect(changedFields({ v: before }, { v: after })).toEqual([
      { field: 'v', before: shownBefore, after: shownAfter },
    ]);
  });

  it('shortens a value written out past 80 characters to 79 and an ellipsis, and keeps one of 80', () => {
    // {"p":"…"} is 8 characters around the text.
    const eighty = { p: 'a'.repeat(72) };
    const eightyOne = { p: 'a'.repeat(73) };
    expect(changedFields({}, { v: eighty })).toEqual([{ field: 'v', before: '', after: `{"p":"${'a'.repeat(72)}"}` }]);
    expect(changedFields({}, { v: eightyOne })).toEqual([
      { field: 'v', before: '', after: `{"p":"${'a'.repeat(73)}…` },
    ]);
    expect(changedFields({}, { v: { p: 'a' } })).toEqual([{ field: 'v', before: '', after: '{"p":"a"}' }]);
  });

  it('shows a line of four points in full, and one of five or six by its ends and a dot per point between', () => {
    const line = (n: number) => ({ type: 'line', points: Array.from({ length: n }, (_, i) => ({ x: i * 10, y: 0 })) });
    expect(changedFields({}, { g: line(4) })).toEqual([
      { field: 'g', before: '', after: '(0, 0)–(10, 0)–(20, 0)–(30, 0)' },
    ]);
    expect(changedFields({ g: line(5) }, { g: line(6) })).toEqual([
      { field: 'g', before: '(0, 0)–···–(40, 0)', after: '(0, 0)–····–(50, 0)' },
    ]);
  });

  it('names the points that moved or were added on a long line whose ends stayed', () => {
    const at = (...xs: number[]) => ({ type: 'line', points: xs.map((x) => ({ x, y: 0 })) });
    // Seven points and eight both show five dots between the ends.
    expect(changedFields({ g: at(0, 10, 20, 30, 40, 50, 60) }, { g: at(0, 10, 20, 30, 40, 50, 55, 60) })).toEqual([
      { field: 'g', before: '#7 (60, 0) #8 —', after: '#7 (55, 0) #8 (60, 0)' },
    ]);
  });

  it('names no points when a value reads the same before and after but is no line', () => {
    // A number stored as text, nothing and an em dash, a line and the text it shows as.
    expect(changedFields({ v: 1 }, { v: '1' })).toEqual([{ field: 'v', before: '', after: '' }]);
    expect(changedFields({ v: null }, { v: '—' })).toEqual([{ field: 'v', before: '', after: '' }]);
    const line = { type: 'line', points: [0, 10, 20, 30, 40].map((x) => ({ x, y: 0 })) };
    expect(changedFields({ g: line }, { g: '(0, 0)–···–(40, 0)' })).toEqual([{ field: 'g', before: '', after: '' }]);
  });

  it('leaves out the id and the site, and reads a list as no fields', () => {
    expect(changedFields({ id: 'a', siteId: 's1', name: '北门' }, { id: 'b', siteId: 's2', name: '南门' })).toEqual([
      { field: 'name', before: '北门', after: '南门' },
    ]);
    expect(changedFields(['北门'], ['南门'])).toEqual([]);
    expect(changedFields('北门', '南门')).toEqual([]);
  });
});

describe('entityLabel reads', () => {
  it.each([
    ['the name', { name: '北门', title: 't', label: 'l' }, '北门'],
    ['the title without a name', { name: '', title: '巡逻', label: 'l' }, '巡逻'],
    ['the label without a name or title', { name: 7, label: '东侧围网' }, '东侧围网'],
    ['nothing from a list', ['北门'], null],
    ['nothing without a name, title or label', { note: '北门' }, null],
  ])('%s', (_what, after, label) => {
    expect(entityLabel(null, after)).toBe(label);
  });

  it('the older name when the newer one has none', () => {
    expect(entityLabel({ name: '北门' }, { note: 'x' })).toBe('北门');
  });
});
