import { concat, gbk, latin1, repeat, utf8 } from './bytes';
import { csvText, HEADER, MB, xlsxOf, type PeopleCollector } from './peopleKit';
import { planJpeg, planPng } from './pictures';
import { randomBytes, randomText } from './random';
import { writeZip } from './zip';

/** The first bytes of files of other kinds, enough for any reader to tell them by. */
const PDF = latin1('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n%%EOF\n');
const GIF = concat(
  latin1('GIF89a'),
  [1, 0, 1, 0, 0x80, 0, 0, 0, 0, 0, 0xff, 0xff, 0xff],
  latin1(',\0\0\0\0\x01\0\x01\0\0\x02\x02D\x01\0;'),
);
const EXE = concat(
  latin1('MZ\x90\0\x03\0\0\0\x04\0\0\0\xff\xff\0\0'),
  repeat(0, 48),
  latin1('This program cannot be run in DOS mode.'),
);
const OLE = concat([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], repeat(0, 504));

/**
 * People files that are no list at all, whatever their name says: nothing, random bytes,
 * another kind of file, another program's, megabytes on one line, over the size limit.
 */
export function addFileCases({ refused, accepted, names }: PeopleCollector): void {
  // Nothing, or next to nothing.
  refused('empty-csv', '空.csv', new Uint8Array(), 'empty');
  refused('empty-xlsx', '空.xlsx', new Uint8Array(), 'empty');
  refused('one-byte-letter', '一个字母.csv', latin1('a'), 'no-rows');
  refused('one-byte-nul', '一个空字节.csv', Uint8Array.of(0), 'unsupported');
  refused('one-byte-line-break', '一个换行.csv', latin1('\n'), 'empty');
  refused('one-byte-ff', '一个FF.csv', Uint8Array.of(0xff), 'unsupported');
  refused('one-byte-xlsx', '一个字节.xlsx', latin1('P'), 'not-xlsx');

  // Random bytes, from small to large; and random bytes behind a zip's signature.
  [16, 200, 3000, 50_000, 400_000, 2 * MB].forEach((size, i) =>
    refused(`random-${i + 1}-csv`, `随机${i + 1}.csv`, randomBytes(i + 1, size), 'unsupported'),
  );
  [100, 5000, 100_000, MB].forEach((size, i) =>
    refused(`random-${i + 7}-xlsx`, `随机${i + 7}.xlsx`, randomBytes(i + 7, size), 'not-xlsx'),
  );
  [2000, 200_000].forEach((size, i) =>
    refused(
      `random-after-zip-signature-${i + 1}`,
      `随机压缩${i + 1}.xlsx`,
      concat([0x50, 0x4b, 0x03, 0x04], randomBytes(i + 11, size)),
      'unreadable',
    ),
  );
  // Printable text with commas and line breaks: a table of nothing, with no column of names.
  [1, 2].forEach((seed) =>
    refused(`random-text-${seed}`, `随机文字${seed}.csv`, utf8(randomText(seed, 4000)), 'no-name-column'),
  );

  // Another kind of file under the right name.
  refused('png-named-xlsx', '图片.xlsx', planPng(), 'not-xlsx');
  refused('png-named-csv', '图片.csv', planPng(), 'unsupported');
  refused('pdf-named-csv', '文档.csv', PDF, 'unsupported');
  refused('pdf-named-xlsx', '文档.xlsx', PDF, 'not-xlsx');
  refused('jpeg-named-csv', '照片.csv', planJpeg(), 'unsupported');
  refused('gif-named-csv', '动图.csv', GIF, 'unsupported');
  refused('program-named-csv', '程序.csv', EXE, 'unsupported');
  refused('old-xls', '旧表格.xls', OLE, 'xls');
  refused('old-xls-named-xlsx', '旧表格改名.xlsx', OLE, 'xls');
  refused(
    'docx-named-xlsx',
    '文档改名.xlsx',
    writeZip([
      {
        name: '[Content_Types].xml',
        data: utf8('<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
      },
      {
        name: 'word/document.xml',
        data: utf8('<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>'),
      },
    ]).bytes,
    'not-xlsx',
  );
  refused(
    'plain-zip-named-xlsx',
    '压缩包.xlsx',
    writeZip([{ name: '名单.txt', data: utf8('张三 13900000000\n') }]).bytes,
    'not-xlsx',
  );
  // What the bytes are decides, not the name: an xlsx named .csv is read as the xlsx it is.
  accepted('xlsx-named-csv', '其实是表格.csv', xlsxOf([HEADER, ...names(3)]).bytes, 3);

  // Another program's files.
  const people = [{ name: '张三', phone: '13900000000' }];
  refused('json-object', '导出.csv', utf8(JSON.stringify({ people })), 'unsupported');
  refused('json-array', '数组.csv', utf8(JSON.stringify(people)), 'unsupported');
  refused('json-pretty', '格式化.csv', utf8(JSON.stringify({ version: 3, people }, null, 2)), 'unsupported');
  refused('backup-json-named-xlsx', '备份.xlsx', utf8(JSON.stringify({ format: 'cordon-backup', people })), 'not-xlsx');
  const html =
    '<!DOCTYPE html><html><body><table><tr><td>姓名</td><td>电话</td></tr><tr><td>张三</td><td>13900000000</td></tr></table></body></html>';
  refused('html-table-csv', '网页.csv', utf8(html), 'unsupported');
  // Web systems "export to Excel" as an HTML table under an .xls name.
  refused('html-table-xls', '系统导出.xls', utf8(html), 'unsupported');
  refused('html-named-xlsx', '网页.xlsx', utf8(html), 'not-xlsx');
  refused(
    'xml-spreadsheet-2003',
    'XML表格.csv',
    utf8(
      '<?xml version="1.0"?>\n<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"><Worksheet/></Workbook>\n',
    ),
    'unsupported',
  );
  refused(
    'svg-named-csv',
    '图.csv',
    utf8('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"/>'),
    'unsupported',
  );

  // Huge: a line of megabytes, and files over the limit.
  refused('huge-line', '一行.csv', repeat(0x61, 3 * MB), 'no-rows');
  refused('huge-line-of-commas', '一行逗号.csv', latin1('a,'.repeat(1.5 * MB)), 'too-many-columns');
  refused('huge-line-gbk', '一行GBK.csv', gbk('坏文件测试'.repeat(300_000)), 'no-rows');
  refused('huge-line-named-xlsx', '一行.xlsx', repeat(0x61, 3 * MB), 'not-xlsx');
  refused(
    'too-large-csv',
    '太大.csv',
    utf8(csvText([HEADER, ['张三', '13900000000', '', '', '', 'x'.repeat(6 * MB)]])),
    'too-large',
  );
  refused('too-large-xlsx', '太大.xlsx', concat([0x50, 0x4b, 0x03, 0x04], repeat(0, 6 * MB)), 'too-large');
}
