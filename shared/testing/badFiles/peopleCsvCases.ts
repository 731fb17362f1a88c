import { concat, flip, gbk, latin1, utf8 } from './bytes';
import { csvText, HEADER, MB, type PeopleCollector } from './peopleKit';
import { RAN_FLAG } from './types';

/**
 * CSV people lists with something wrong inside: cut short, damaged, in broken encodings,
 * without rows or a name column, far too wide or long, with quotes never closed, NUL
 * bytes, mixed line endings, and cells that look like markup or formulas.
 */
export function addCsvCases({ refused, accepted, names }: PeopleCollector): void {
  // A CSV cut short or damaged: in a character, in a quoted field, in a row.
  const csvRows = [HEADER, ...names(6)];
  const csv = utf8(csvText(csvRows));
  // The last character of three bytes (否) keeps only its first.
  refused('csv-cut-mid-character', '截断-字符中间.csv', csv.subarray(0, csv.lastIndexOf(0xe5) + 1), 'garbled');
  const quoted = utf8(
    csvText([HEADER, ...names(3).map((r) => [r[0] ?? '', r[1] ?? '', '志愿者', '', '', '东门, 夜班'])]),
  );
  refused('csv-cut-in-quoted-field', '截断-引号中间.csv', quoted.subarray(0, quoted.length - 6), 'broken-quotes');
  {
    // Cut in the last row's phone: what is left is a shorter phone, which no reader can tell.
    const rows = [HEADER, ...names(4)];
    const text = csvText(rows);
    const lastPhone = rows.at(-1)?.[1] ?? '';
    accepted('csv-cut-mid-row', '截断-行中间.csv', utf8(text.slice(0, text.lastIndexOf(lastPhone) + 5)), 4);
  }
  const gbkCsv = gbk(csvText([HEADER, ['坏文件甲', '13900000001', '志愿者', '', '否', '夜班']]));
  refused('gbk-cut-mid-character', '截断-GBK.csv', gbkCsv.subarray(0, gbkCsv.length - 3), 'garbled');
  refused('csv-flipped-in-character', '翻转-字符.csv', flip(csv, csv.indexOf(0xe5, 60) + 1), 'garbled');

  // CSV: encodings.
  refused(
    'gbk-broken-sequences',
    'GBK损坏.csv',
    concat(
      gbk('姓名,电话\r\n坏文件甲,13900000001\r\n'),
      [0x81, 0x2c],
      gbk('13900000002\r\n坏'),
      [0xfe],
      gbk(',13900000003\r\n'),
    ),
    'garbled',
  );
  refused('gbk-lone-lead-byte-at-end', 'GBK末尾.csv', concat(gbkCsv, [0xd0]), 'garbled');
  refused('bom-only', '只有BOM.csv', Uint8Array.of(0xef, 0xbb, 0xbf), 'empty');
  refused('bom-and-line-breaks', 'BOM换行.csv', concat([0xef, 0xbb, 0xbf], latin1('\r\n\r\n\n')), 'empty');

  // A header and nothing under it, or no column of names.
  refused('header-only-csv', '只有表头.csv', utf8(csvText([HEADER])), 'no-rows');
  refused('header-only-gbk', '只有表头GBK.csv', gbk(csvText([HEADER])), 'no-rows');
  refused('header-and-blank-lines', '表头空行.csv', utf8(`${csvText([HEADER])},,,,,\r\n\r\n ,\r\n`), 'no-rows');
  const noNames = names(3).map((r) => r.slice(1));
  refused('missing-name-column-csv', '没有姓名列.csv', utf8(csvText([HEADER.slice(1), ...noNames])), 'no-name-column');
  refused(
    'unknown-headers',
    '看不懂的表头.csv',
    utf8(
      csvText([
        ['列1', '列2'],
        ['张三', '13900000000'],
      ]),
    ),
    'no-name-column',
  );

  // Far too wide.
  const wide = Array.from({ length: 10_000 }, (_, i) => `列${i + 1}`);
  refused('columns-10000-csv', '一万列.csv', utf8(csvText([wide, wide])), 'too-many-columns');

  // CSV: quoting, NUL bytes, line endings.
  refused(
    'quote-never-closed',
    '引号未闭合.csv',
    utf8(`${csvText([HEADER, ...names(2)])}"坏文件,13900000000,志愿者,,,\r\n张三,13900000001\r\n`),
    'broken-quotes',
  );
  refused('quote-never-closed-in-header', '表头引号.csv', utf8(`"姓名,电话\r\n张三,13900000000\r\n`), 'broken-quotes');
  refused('nul-bytes', '空字节.csv', utf8(`姓名,电话\r\n张\0三,13900000000\r\n`), 'unsupported');
  {
    // Past the first 8 KB, a NUL inside a name is a control character like any other: taken out.
    const rows = names(200);
    const text = csvText([HEADER, ...rows]);
    const last = rows.at(-1)?.[0] ?? '';
    accepted(
      'nul-byte-after-8-kb',
      '后面有空字节.csv',
      utf8(text.replace(last, `${last.slice(0, 3)}\0${last.slice(3)}`)),
      200,
      [last],
    );
  }
  {
    const rows = names(6).map((r) => r.join(','));
    const text = `${HEADER.join(',')}\r\n${rows[0]}\n${rows[1]}\r${rows[2]}\r\n${rows[3]}\n\n${rows[4]}\r${rows[5]}\n`;
    accepted('mixed-line-endings', '混合换行.csv', utf8(text), 6);
  }

  // Names that look like markup and cells that look like formulas: stored and shown as text, or refused row by row.
  const markup = [
    `<script>window.${RAN_FLAG}='script'</script>`,
    `<img src=x onerror="window.${RAN_FLAG}='img'">`,
    `"><svg onload=window.${RAN_FLAG}=1>`,
  ];
  const [m1, m2, m3] = names(3);
  const withMarkup = [m1, m2, m3].map((r, i) => [markup[i] ?? '', ...(r ?? []).slice(1)]);
  accepted('script-names-csv', '脚本名字.csv', utf8(csvText([HEADER, ...withMarkup])), 3, markup);
  const hyperlink = '=HYPERLINK("http://evil.example","点我")';
  const [f1, f2, f3, f4, f5] = names(5);
  const formulaRows = [
    [hyperlink, ...(f1 ?? []).slice(1)],
    [...(f2 ?? []).slice(0, 5), hyperlink],
    [...(f3 ?? []).slice(0, 5), '@SUM(1+1)*cmd|" /C calc"!A0'],
    [...(f4 ?? []).slice(0, 5), '-2+3+cmd|" /C calc"!A0'],
    f5 ?? [],
  ];
  // Rows 2 to 5 hold a formula and are refused; row 6 is imported.
  accepted('formula-injection-csv', '公式.csv', utf8(csvText([HEADER, ...formulaRows])), 1);
  refused(
    'formula-only',
    '全是公式.csv',
    utf8(csvText([HEADER, ...names(3).map((r) => [`=${r[0] ?? ''}`, ...r.slice(1)])])),
    'no-good-rows',
  );
  {
    const rows = names(3);
    accepted('duplicate-rows', '重复行.csv', utf8(csvText([HEADER, ...rows, ...rows, rows[0] ?? []])), 3);
  }
  refused(
    'phone-letters',
    '电话是字母.csv',
    utf8(csvText([HEADER, ...names(4).map((r) => [r[0] ?? '', 'ABCDEFGHIJK', ...r.slice(2)])])),
    'no-good-rows',
  );
  {
    // A name of a megabyte: that row is too long; the others are imported.
    const rows = names(3);
    const huge = [`坏${'长'.repeat(MB / 3)}`, '13900000009', '志愿者', '', '', ''];
    accepted('huge-cell', '超长单元格.csv', utf8(csvText([HEADER, huge, ...rows])), 3);
  }
  const many = Array.from({ length: 10_001 }, (_, i) => [`人${i}`, `139${String(i).padStart(8, '0')}`]);
  refused('too-many-rows-csv', '一万零一行.csv', utf8(csvText([['姓名', '电话'], ...many])), 'too-many-rows');
}
