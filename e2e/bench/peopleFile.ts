import ExcelJS from 'exceljs';
import { randomName } from '../../shared/demo/names';
import { createRng } from '../../shared/demo/random';

const header = ['姓名', '电话', '单位', '组别', '职务', '预备队', '备注'];
const units = ['派出所', '城管', '志愿者', '保安', '物业', '医务'];

/**
 * A people list of `count` rows under the Chinese headers the import knows, every row good:
 * names may repeat (as in a real list), phones never do, so none repeats another row or
 * anyone the demo holds. The first row is the header.
 */
export function peopleRows(count: number, seed = 5000): string[][] {
  const rng = createRng(seed);
  const rows = Array.from({ length: count }, (_, i) => [
    randomName(rng).zh,
    `139${String(i + 1).padStart(8, '0')}`,
    units[i % units.length] ?? '',
    '',
    i % 50 === 0 ? '组长' : '',
    i % 10 === 0 ? '是' : '否',
    '',
  ]);
  return [header, ...rows];
}

/** The list as an xlsx file, one sheet, as Excel or WPS save it. */
export async function peopleXlsxBytes(rows: readonly (readonly string[])[]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('人员');
  for (const row of rows) sheet.addRow([...row]);
  return Buffer.from(await book.xlsx.writeBuffer());
}
