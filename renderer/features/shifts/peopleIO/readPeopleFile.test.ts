import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readPeopleFile } from './readPeopleFile';
import { toCsv, toXlsx, exportFileName } from './writeTable';

const utf8 = (text: string) => new TextEncoder().encode(text);
// "姓名,电话\r\n张三,13800138000\r\n" in GBK, as Chinese Excel saves a CSV.
const gbk = new Uint8Array([
  0xd0, 0xd5, 0xc3, 0xfb, 0x2c, 0xb5, 0xe7, 0xbb, 0xb0, 0x0d, 0x0a, 0xd5, 0xc5, 0xc8, 0xfd, 0x2c, 0x31, 0x33, 0x38,
  0x30, 0x30, 0x31, 0x33, 0x38, 0x30, 0x30, 0x30, 0x0d, 0x0a,
]);

describe('readPeopleFile', () => {
  it('reads a GBK CSV with its header and row numbers', async () => {
    expect(await readPeopleFile('名单.csv', gbk)).toEqual({
      ok: true,
      format: 'gb18030',
      sheet: { header: ['姓名', '电话'], rows: [{ row: 2, cells: ['张三', '13800138000'] }] },
    });
  });

  it('leaves blank lines out but keeps the numbers of the rows after them', async () => {
    const file = await readPeopleFile('a.csv', utf8('\uFEFFname,phone\n\n,\nAnn,110\n'));
    expect(file).toEqual({
      ok: true,
      format: 'utf-8',
      sheet: { header: ['name', 'phone'], rows: [{ row: 4, cells: ['Ann', '110'] }] },
    });
  });

  it.each([
    ['an empty file', 'a.xlsx', new Uint8Array([]), 'empty'],
    ['a file of blank lines', 'a.csv', utf8('\r\n\r\n'), 'empty'],
    ['a header and no rows', 'a.csv', utf8('姓名,电话\r\n'), 'no-rows'],
    ['a PDF renamed .xlsx', 'a.xlsx', utf8('%PDF-1.7\n1 0 obj'), 'not-xlsx'],
    ['a PDF renamed .csv', 'a.csv', utf8('%PDF-1.7\n1 0 obj'), 'unsupported'],
    ['a picture', 'a.csv', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]), 'unsupported'],
    ['an old .xls', 'a.xls', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1]), 'xls'],
    ['a damaged xlsx', 'a.xlsx', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), 'unreadable'],
    ['more than 5 MB', 'a.csv', new Uint8Array(5 * 1024 * 1024 + 1).fill(0x41), 'too-large'],
  ])('refuses %s', async (_, name, data, reason) => {
    expect(await readPeopleFile(name, data)).toEqual({ ok: false, reason });
  });

  it('refuses more than 10,000 rows, saying how many, and takes 10,000', async () => {
    const rows = (n: number) => `name\r\n${Array.from({ length: n }, (_, i) => `p${i}`).join('\r\n')}\r\n`;
    expect(await readPeopleFile('a.csv', utf8(rows(100_000)))).toEqual({
      ok: false,
      reason: 'too-many-rows',
      count: 100_000,
    });
    const most = await readPeopleFile('a.csv', utf8(rows(10_000)));
    expect(most.ok && most.sheet.rows.length).toBe(10_000);
  });

  it('refuses a quote never closed, naming the row it opens in', async () => {
    expect(await readPeopleFile('a.csv', utf8('姓名,电话\r\n张三,1\r\n"李四,2\r\n王五,3\r\n'))).toEqual({
      ok: false,
      reason: 'broken-quotes',
      rows: [3],
    });
  });

  it('refuses characters that did not decode, naming the first rows that hold them and counting all', async () => {
    // Every other row has a lone first byte of a three-byte character (a damaged UTF-8 file).
    const row = (i: number) => [...utf8('张'), ...(i % 2 ? [0xe4] : []), ...utf8(`三${i},1\n`)];
    const bytes = new Uint8Array([...utf8('姓名,电话\n'), ...Array.from({ length: 12 }, (_, i) => row(i)).flat()]);
    expect(await readPeopleFile('a.csv', bytes)).toEqual({
      ok: false,
      reason: 'garbled',
      rows: [3, 5, 7, 9, 11],
      count: 6,
    });
  });

  it('takes a file of mixed line endings as the rows they end', async () => {
    const read = await readPeopleFile('a.csv', utf8('姓名,电话\r\n张三,1\n李四,2\r王五,3\r\n'));
    expect(read.ok && read.sheet.rows.map((r) => r.cells[0])).toEqual(['张三', '李四', '王五']);
  });

  it.each([
    ['an old .xls renamed .xlsx', 'a.xlsx', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1]), 'xls'],
    ['JSON', 'a.csv', utf8('{"people":[{"name":"张三"}]}'), 'unsupported'],
    ['an HTML table', 'a.xls', utf8('<html><table><tr><td>姓名</td></tr></table></html>'), 'unsupported'],
    ['one byte that is not text', 'a.csv', new Uint8Array([0xff]), 'unsupported'],
  ])('refuses %s for what it is', async (_, name, data, reason) => {
    expect(await readPeopleFile(name, data)).toEqual({ ok: false, reason });
  });

  it('refuses a sheet wider than any people list, saying how wide', async () => {
    const wide = Array.from({ length: 300 }, (_, i) => `c${i}`).join(',');
    expect(await readPeopleFile('a.csv', utf8(`姓名,电话\r\n张三,1,${wide}\r\n`))).toEqual({
      ok: false,
      reason: 'too-many-columns',
      count: 302,
    });
  });

  it('reads an xlsx, a formula as its formula and numbers as text', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('名单');
    sheet.addRow(['姓名', '电话', '备注']);
    sheet.addRow(['张三', 13800138000, { formula: 'HYPERLINK("http://x","y")' }]);
    sheet.addRow([]);
    sheet.addRow([{ richText: [{ text: '李' }, { text: '四' }] }, '+86 139', true]);
    const data = new Uint8Array(await book.xlsx.writeBuffer());
    expect(await readPeopleFile('名单.xlsx', data)).toEqual({
      ok: true,
      format: 'xlsx',
      sheet: {
        header: ['姓名', '电话', '备注'],
        rows: [
          { row: 2, cells: ['张三', '13800138000', '=HYPERLINK("http://x","y")'] },
          { row: 4, cells: ['李四', '+86 139', 'TRUE'] },
        ],
      },
    });
  });
});

describe('toCsv and toXlsx', () => {
  const table = {
    sheetName: '人员名单',
    header: ['姓名', '电话', '备注'],
    rows: [
      ['张三', '+86 138 0013 8000', '=HYPERLINK("http://x","y")'],
      ['李四', '', '夜班, 东门'],
    ],
  };

  it('writes CSV with a BOM, CRLF, and formulas marked as text', async () => {
    const bytes = await toCsv(table);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes)).toBe(
      '姓名,电话,备注\r\n张三,\'+86 138 0013 8000,"\'=HYPERLINK(""http://x"",""y"")"\r\n李四,,"夜班, 东门"\r\n',
    );
  });

  it('writes xlsx that reads back as the same table, formulas marked', async () => {
    const back = await readPeopleFile('a.xlsx', await toXlsx(table));
    expect(back).toEqual({
      ok: true,
      format: 'xlsx',
      sheet: {
        header: ['姓名', '电话', '备注'],
        rows: [
          { row: 2, cells: ['张三', "'+86 138 0013 8000", '\'=HYPERLINK("http://x","y")'] },
          { row: 3, cells: ['李四', '', '夜班, 东门'] },
        ],
      },
    });
  });

  it('names the file without characters a file name may not hold', () => {
    expect(exportFileName('人员名单-香樟苑-2026-12-04', 'xlsx')).toBe('人员名单-香樟苑-2026-12-04.xlsx');
    expect(exportFileName('people-A/B: "x"', 'csv')).toBe('people-A_B_ _x_.csv');
  });
});
