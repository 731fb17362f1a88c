import { describe, expect, it } from 'vitest';
import { buildDemoSite } from '../../shared/demo/buildDemoSite';
import { guessMapping } from '../../shared/rules/peopleColumns';
import { checkImport } from '../../shared/rules/peopleImport';
import { readPeopleFile } from '../../renderer/features/shifts/peopleIO/readPeopleFile';
import { peopleRows, peopleXlsxBytes } from './peopleFile';

describe('peopleRows', () => {
  it('gives the header and then one row a person, phones 13900000001 up', () => {
    const rows = peopleRows(3);
    expect(rows).toHaveLength(4);
    expect(rows[0]).toEqual(['姓名', '电话', '单位', '组别', '职务', '预备队', '备注']);
    expect(rows.slice(1).map((r) => r[1])).toEqual(['13900000001', '13900000002', '13900000003']);
    expect(rows.slice(1).map((r) => r[2])).toEqual(['派出所', '城管', '志愿者']);
  });

  it('is the same list for the same seed', () => {
    expect(peopleRows(20)).toEqual(peopleRows(20));
  });
});

describe('the bench’s 5,000-row xlsx', () => {
  it('reads back as 5,000 rows that the import takes whole on the demo site', async () => {
    const bytes = await peopleXlsxBytes(peopleRows(5000));
    const read = await readPeopleFile('people-5000.xlsx', new Uint8Array(bytes));
    if (!read.ok) throw new Error(`not read: ${read.reason}`);
    expect(read.sheet.rows).toHaveLength(5000);
    expect(read.sheet.rows[0]?.row).toBe(2);
    expect(read.sheet.rows.at(-1)?.row).toBe(5001);
    const demo = buildDemoSite({ now: Date.UTC(2021, 10, 27, 6), language: 'zh-CN' });
    const check = checkImport(read.sheet, guessMapping(read.sheet.header), {
      existing: demo.people,
      groupNames: demo.groups.map((g) => g.name),
      createGroups: false,
    });
    expect(check.bad).toEqual([]);
    expect(check.good).toHaveLength(5000);
    expect(check.good[0]).toMatchObject({ row: 2, phone: '13900000001', unit: 'police', reserve: true });
    expect(check.good.at(-1)).toMatchObject({
      row: 5001,
      phone: '13900005000',
      unit: 'city-management',
      reserve: false,
    });
    // Writing and reading a 5,000-row workbook takes seconds on a busy two-core machine.
  }, 60_000);
});
