import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { utf8 } from '../../../../shared/testing/badFiles/bytes';
import { xlsxEntries } from '../../../../shared/testing/badFiles/xlsx';
import { writeZip } from '../../../../shared/testing/badFiles/zip';
import { checkXlsxZip, MAX_UNPACKED_BYTES } from './checkXlsxZip';

const rows = [
  ['姓名', '电话'],
  ['张三', '13900000000'],
];
const MB = 1024 * 1024;

describe('checkXlsxZip', () => {
  it('passes an xlsx as Excel writes it, every entry deflated', async () => {
    const book = new ExcelJS.Workbook();
    book.addWorksheet('人员').addRows(rows);
    expect(await checkXlsxZip(new Uint8Array(await book.xlsx.writeBuffer()))).toEqual({ ok: true });
  });

  it('passes an entry that inflates to exactly what it says, with its CRC', async () => {
    const zip = writeZip(xlsxEntries(rows, { more: [{ name: 'xl/media/blank.bin', run: { byte: 0x20, size: MB } }] }));
    expect(await checkXlsxZip(zip.bytes)).toEqual({ ok: true });
  });

  it('refuses a zip that is no workbook as not an xlsx', async () => {
    const zip = writeZip([{ name: 'word/document.xml', data: utf8('<document/>') }]);
    expect(await checkXlsxZip(zip.bytes)).toEqual({ ok: false, reason: 'not-xlsx' });
  });

  it.each([
    ['declares more than a people list inflates to', MAX_UNPACKED_BYTES + 1, MAX_UNPACKED_BYTES + 1],
    ['inflates to more than it declares', 4 * MB, 1000],
    ['inflates to less than it declares', 1000, 4000],
  ])('refuses an entry that %s, without inflating it all', async (_, size, declaredSize) => {
    const bomb = { name: 'xl/media/bomb.bin', run: { byte: 0x20, size }, declaredSize };
    const zip = writeZip(xlsxEntries(rows, { more: [bomb] }));
    expect(await checkXlsxZip(zip.bytes)).toEqual({ ok: false, reason: 'unreadable' });
  });

  it('refuses a flipped byte in an entry (its CRC), in a header, and a zip cut short', async () => {
    const zip = writeZip(xlsxEntries(rows));
    const sheet = zip.entries[4];
    if (!sheet) throw new Error('no sheet entry');
    const flipped = (at: number) => zip.bytes.map((b, i) => (i === at ? b ^ 0xff : b));
    for (const bytes of [
      flipped(sheet.data + 10),
      flipped(sheet.header + 30),
      zip.bytes.subarray(0, zip.central + 5),
    ]) {
      expect(await checkXlsxZip(bytes)).toEqual({ ok: false, reason: 'unreadable' });
    }
  });
});
