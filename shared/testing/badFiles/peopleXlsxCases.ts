import { flip, utf8 } from './bytes';
import { HEADER, MB, xlsxOf, type PeopleCollector } from './peopleKit';
import { planPng } from './pictures';
import { RAN_FLAG } from './types';
import { sheetXml, workbookXml, xlsxEntries } from './xlsx';
import { writeZip } from './zip';

/**
 * xlsx people lists with something wrong inside: the zip cut short or with a byte
 * flipped, no rows or no name column, far too wide or long, XML that is broken or
 * expands, shared strings that are not there, and zip bombs.
 */
export function addXlsxCases({ refused, accepted, names }: PeopleCollector): void {
  // A whole xlsx of 20 people, cut short at every part of the zip.
  const whole = xlsxOf([HEADER, ...names(20)]);
  const sheet = whole.entries[4] ?? whole.entries[0];
  const first = whole.entries[0];
  if (!sheet || !first) throw new Error('the xlsx has no entries');
  const centralSize = whole.end - whole.central;
  const cuts: [string, number][] = [
    ['signature-only', 4],
    ['in-first-header', 20],
    ['in-first-entry', first.data + 40],
    ['in-sheet-entry', Math.floor((sheet.data + sheet.end) / 2)],
    ['before-central-directory', whole.central],
    ['in-central-directory-third', whole.central + Math.floor(centralSize / 3)],
    ['in-central-directory-two-thirds', whole.central + Math.floor((2 * centralSize) / 3)],
    ['in-end-record', whole.end + 10],
    ['last-byte', whole.bytes.length - 1],
  ];
  for (const [where, at] of cuts) {
    refused(`xlsx-cut-${where}`, `截断-${where}.xlsx`, whole.bytes.subarray(0, at), 'unreadable');
  }

  // The same xlsx with one byte flipped: in the sheet's data, a header, the directory, the end record.
  refused('xlsx-flipped-in-sheet-data', '翻转-表格数据.xlsx', flip(whole.bytes, sheet.data + 300), 'unreadable');
  refused('xlsx-flipped-in-local-header', '翻转-文件头.xlsx', flip(whole.bytes, sheet.header + 1), 'unreadable');
  refused(
    'xlsx-flipped-in-entry-name',
    '翻转-目录名.xlsx',
    flip(whole.bytes, whole.end - 22 - 'xl/worksheets/sheet1.xml'.length + 5),
    'unreadable',
  );
  refused('xlsx-flipped-in-end-record', '翻转-结束记录.xlsx', flip(whole.bytes, whole.end + 16), 'unreadable');

  // A header and nothing under it, or no column of names.
  refused('header-only-xlsx', '只有表头.xlsx', xlsxOf([HEADER]).bytes, 'no-rows');
  const noNames = names(3).map((r) => r.slice(1));
  refused('missing-name-column-xlsx', '没有姓名列.xlsx', xlsxOf([HEADER.slice(1), ...noNames]).bytes, 'no-name-column');

  // Far too wide: ten thousand columns, or one cell in the last column there is.
  const wide = Array.from({ length: 10_000 }, (_, i) => `列${i + 1}`);
  refused('columns-10000-xlsx', '一万列.xlsx', xlsxOf([wide, wide]).bytes, 'too-many-columns');
  refused(
    'far-cell-xlsx',
    '最远单元格.xlsx',
    xlsxOf([], {
      sheet: sheetXml([HEADER, ['张三', '13900000000']]).replace(
        '</sheetData>',
        '<row r="3"><c r="XFD3" t="inlineStr"><is><t>远</t></is></c></row></sheetData>',
      ),
    }).bytes,
    'too-many-columns',
  );

  // Names that look like markup, and a real formula cell: stored as text, or refused row by row.
  const markupXlsx = names(2).map((r, i) => [
    `<b>粗体${i}</b><script>window.${RAN_FLAG}='xlsx'</script>`,
    ...r.slice(1),
  ]);
  accepted(
    'script-names-xlsx',
    '脚本名字.xlsx',
    xlsxOf([HEADER, ...markupXlsx]).bytes,
    2,
    markupXlsx.map((r) => r[0] ?? ''),
  );
  const [x1, x2] = names(2);
  accepted(
    'formula-injection-xlsx',
    '公式.xlsx',
    xlsxOf([HEADER, [...(x1 ?? []).slice(0, 5), { formula: 'HYPERLINK("http://evil.example","点我")' }], x2 ?? []])
      .bytes,
    1,
  );
  const many = Array.from({ length: 10_001 }, (_, i) => [`人${i}`, `139${String(i).padStart(8, '0')}`]);
  refused('too-many-rows-xlsx', '一万零一行.xlsx', xlsxOf([['姓名', '电话'], ...many]).bytes, 'too-many-rows');

  // xlsx: broken insides.
  const rows = [HEADER, ...names(2)];
  refused(
    'sheet-xml-malformed',
    '表格XML损坏.xlsx',
    xlsxOf(rows, {
      sheet: sheetXml(rows).replace(
        '</sheetData>',
        '<row r="9"><c r="A9" t="inlineStr"><is><t>坏</is></c></row></sheetData>',
      ),
    }).bytes,
    'unreadable',
  );
  refused(
    'sheet-xml-not-xml',
    '表格不是XML.xlsx',
    xlsxOf(rows, { sheet: 'this is not XML at all, 张三' }).bytes,
    'unreadable',
  );
  refused(
    'sheet-xml-entity-expansion',
    '表格实体炸弹.xlsx',
    xlsxOf(rows, {
      sheet:
        '<?xml version="1.0"?><!DOCTYPE worksheet [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">' +
        '<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">' +
        '<!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;"><!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;">]>' +
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1">' +
        '<c r="A1" t="inlineStr"><is><t>姓名</t></is></c></row><row r="2"><c r="A2" t="inlineStr"><is><t>&f;&f;&f;&f;</t></is></c></row></sheetData></worksheet>',
    }).bytes,
    'unreadable',
  );
  refused(
    'workbook-xml-malformed',
    '工作簿XML损坏.xlsx',
    xlsxOf(rows, { workbook: workbookXml().slice(0, -20) }).bytes,
    'unreadable',
  );
  refused('sheet-part-missing', '缺表格.xlsx', xlsxOf(rows, { without: ['xl/worksheets/sheet1.xml'] }).bytes, 'empty');
  refused(
    'empty-workbook',
    '空工作簿.xlsx',
    xlsxOf(rows, { workbook: workbookXml(''), without: ['xl/worksheets/sheet1.xml'] }).bytes,
    'empty',
  );
  refused('empty-sheet', '空表格.xlsx', xlsxOf([]).bytes, 'empty');
  // Cells that point into the shared strings: past their end, or with no shared strings at all.
  const sharedCells = '<row r="2"><c r="A2" t="s"><v>999</v></c><c r="B2" t="s"><v>998</v></c></row></sheetData>';
  refused(
    'shared-string-out-of-range',
    '共享字符串越界.xlsx',
    xlsxOf([], {
      sheet: sheetXml([HEADER]).replace('</sheetData>', sharedCells),
      more: [
        {
          name: 'xl/sharedStrings.xml',
          data: utf8(
            '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" uniqueCount="1"><si><t>张三</t></si></sst>',
          ),
        },
      ],
    }).bytes,
    'unreadable',
  );
  refused(
    'shared-strings-missing',
    '缺共享字符串.xlsx',
    xlsxOf([], { sheet: sheetXml([HEADER]).replace('</sheetData>', sharedCells) }).bytes,
    'unreadable',
  );

  // Zip bombs, each file small: a size declared past any people list, the same size
  // honestly inflated to, and entries that inflate to far more than they declare.
  const bomb = 256 * MB;
  refused(
    'zip-bomb-declared-size',
    '炸弹-声明大小.xlsx',
    xlsxOf(rows, { more: [{ name: 'xl/media/image1.png', data: planPng(), declaredSize: 0xfffffff0 }] }).bytes,
    'unreadable',
  );
  refused(
    'zip-bomb-honest',
    '炸弹-真实大小.xlsx',
    xlsxOf(rows, { more: [{ name: 'xl/printerSettings/printerSettings1.bin', run: { byte: 0x20, size: bomb } }] })
      .bytes,
    'unreadable',
  );
  refused(
    'zip-bomb-lying-sheet',
    '炸弹-表格.xlsx',
    writeZip(
      xlsxEntries(rows)
        .filter((e) => e.name !== 'xl/worksheets/sheet1.xml')
        .concat([{ name: 'xl/worksheets/sheet1.xml', run: { byte: 0x20, size: bomb }, declaredSize: 4000 }]),
    ).bytes,
    'unreadable',
  );
  refused(
    'zip-bomb-lying-media',
    '炸弹-图片.xlsx',
    xlsxOf(rows, { more: [{ name: 'xl/media/image1.png', run: { byte: 0x20, size: bomb }, declaredSize: 2000 }] })
      .bytes,
    'unreadable',
  );
}
